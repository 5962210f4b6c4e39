package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged server, as a process, survives what a faulty client or a faulty text can send:
 * malformed JSON-RPC, broken framing, unknown methods, cancelled requests, a text with syntax
 * errors on every line, a document of 2 MB. After each, it still answers, and it ends cleanly.
 */
class RobustnessIT {

	private static LspSession session;
	private static Path example;
	private static String exampleUri;

	@BeforeAll
	static void start() throws Exception {
		session = LspSession.subprocess();
		session.initialize(Examples.folder());
		example = Examples.largest();
		exampleUri = session.open(example);
		session.client().awaitDiagnostics(exampleUri);
	}

	@AfterAll
	static void stop() throws Exception {
		try {
			assertEquals(0, session.shutdownAndExit(), "after all that, the server still ends cleanly");
		} finally {
			session.close();
		}
	}

	/** After every test: the process is alive and answers a request about a real text. */
	@AfterEach
	void serverStillAnswers() throws Exception {
		assertTrue(session.process().isAlive(), "the server process is alive");
		var symbols = LspSession.await(documents().documentSymbol(new DocumentSymbolParams(id(exampleUri))), 60);
		assertFalse(symbols.isEmpty(), "the server answers with the outline of " + example.getFileName());
	}

	private static TextDocumentService documents() {
		return session.server().getTextDocumentService();
	}

	private static TextDocumentIdentifier id(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	private static String frame(String json) {
		return "Content-Length: " + json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
	}

	@Test
	void malformedJson() throws Exception {
		session.sendRaw(frame("{this is not json"));
		session.sendRaw(frame("[1, 2, 3]"));
		session.sendRaw(frame("{\"jsonrpc\":\"2.0\",\"id\":\"bad-params\",\"method\":\"textDocument/hover\",\"params\":42}"));
		session.sendRaw(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":7}}"));
	}

	@Test
	void brokenFraming() throws Exception {
		String filler = frame("{\"jsonrpc\":\"2.0\",\"method\":\"unres/filler\",\"params\":{}}");
		session.sendRaw("Content-Length: 12\r\nContent-Type: nonsense\r\n\r\n{\"short\":tr");
		session.sendRaw("no header at all\r\n\r\n");
		session.sendRaw("Content-Length: abc\r\n\r\n");
		// one byte too many: the server reads into the next message, which is lost, and recovers
		String json = "{\"jsonrpc\":\"2.0\",\"method\":\"unres/filler\",\"params\":{}}";
		session.sendRaw("Content-Length: " + (json.length() + 1) + "\r\n\r\n" + json + filler + filler);
	}

	@Test
	void unknownMethods() throws Exception {
		ExecutionException unknown = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> LspSession.await(session.request("unres/noSuchMethod", new Object())));
		ResponseErrorException error = (ResponseErrorException) unknown.getCause();
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getResponseError().getCode());
		session.notify("unres/noSuchNotification", new Object());
		session.notify("$/noSuchNotification", new Object());
	}

	@Test
	void cancelledRequests() throws Exception {
		String text = Examples.read(example);
		List<CompletableFuture<Either<List<CompletionItem>, CompletionList>>> requests = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Position somewhere = TextPositions.of(text, (int) ((long) text.length() * i / 50));
			requests.add(documents().completion(new CompletionParams(id(exampleUri), somewhere)));
		}
		requests.forEach(request -> request.cancel(true));
		Either<List<CompletionItem>, CompletionList> after = LspSession.await(
				documents().completion(new CompletionParams(id(exampleUri), new Position(0, 0))));
		assertNotNull(after, "a request after the cancelled ones is answered");
	}

	@Test
	void aTextWithSyntaxErrorsEverywhere() throws Exception {
		String broken = StressTexts.broken(Examples.read(example));
		Path file = Examples.folder().resolve("broken-everywhere.unres");
		String uri = Uris.of(file);
		session.open(file, broken);
		List<Diagnostic> diagnostics = session.client().awaitDiagnostics(uri);
		assertTrue(diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count() > 10,
				"the errors are reported: " + diagnostics.size());
		for (int line = 0; line < broken.lines().count(); line += 7) {
			Position position = new Position(line, 1);
			LspSession.await(documents().hover(new HoverParams(id(uri), position)));
			LspSession.await(documents().completion(new CompletionParams(id(uri), position)));
			LspSession.await(documents().definition(new DefinitionParams(id(uri), position)));
		}
		LspSession.await(documents().documentSymbol(new DocumentSymbolParams(id(uri))));
		LspSession.await(documents().foldingRange(new FoldingRangeRequestParams(id(uri))));
		LspSession.await(documents().semanticTokensFull(new SemanticTokensParams(id(uri))));
		LspSession.await(documents().formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(4, true))));
		for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(20, diagnostics.size()))) {
			LspSession.await(documents().codeAction(
					new CodeActionParams(id(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
		}
		documents().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(id(uri)));
	}

	@Test
	void aDocumentOfTwoMegabytes() throws Exception {
		String text = StressTexts.long_(Examples.read(example), 2 * 1024 * 1024);
		Path file = Examples.folder().resolve("two-megabytes.unres");
		String uri = Uris.of(file);
		long start = System.nanoTime();
		session.open(file, text);
		List<Diagnostic> diagnostics = session.client().awaitDiagnostics(uri, d -> true, 240);
		long validated = System.nanoTime();
		Position late = TextPositions.of(text, text.length() - 200);
		long t0 = System.nanoTime();
		LspSession.await(documents().hover(new HoverParams(id(uri), late)));
		long t1 = System.nanoTime();
		LspSession.await(documents().completion(new CompletionParams(id(uri), late)));
		long t2 = System.nanoTime();
		var symbols = LspSession.await(documents().documentSymbol(new DocumentSymbolParams(id(uri))));
		long t3 = System.nanoTime();
		assertFalse(symbols.isEmpty());
		System.out.printf("2 MB document (%d characters): diagnostics after %.1f s (%d); hover %.2f s, completion"
				+ " %.2f s, outline %.2f s%n", text.length(), (validated - start) / 1e9, diagnostics.size(),
				(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
		documents().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(id(uri)));
	}
}
