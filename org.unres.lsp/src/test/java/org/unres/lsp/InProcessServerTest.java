package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests that talk to one server per test class, started in this JVM over pipes, initialized on
 * the examples folder, and ended with 'shutdown' and 'exit'. Tests that change a document close
 * it again, so that the server reads it from disk for the next test.
 */
abstract class InProcessServerTest {

	static LspSession session;

	@BeforeAll
	static void startServer() throws Exception {
		session = LspSession.inProcess();
		session.initialize(Examples.folder());
	}

	@AfterAll
	static void stopServer() throws Exception {
		try {
			assertEquals(ExitSignal.CLEAN, session.shutdownAndExit(), "exit code after shutdown and exit");
		} finally {
			session.close();
		}
	}

	static TextDocumentService documents() {
		return session.server().getTextDocumentService();
	}

	static TextDocumentIdentifier id(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** Opens a file with the given text and waits for its first diagnostics. */
	static List<Diagnostic> openAndAwait(Path file, String text) throws Exception {
		String uri = Uris.of(file);
		session.client().forget(uri);
		session.open(file, text);
		return session.client().awaitDiagnostics(uri);
	}

	static void close(Path file) {
		documents().didClose(new DidCloseTextDocumentParams(id(Uris.of(file))));
	}

	static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList();
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}
}
