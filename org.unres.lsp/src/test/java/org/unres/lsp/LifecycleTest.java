package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.unres.dsl.ide.highlighting.TokenRoles;
import org.unres.dsl.ide.server.UnresCapabilities;

/** The server announces what it can do, and ends as the protocol and the command line say. */
class LifecycleTest {

	@Test
	void initializeAnnouncesTheFeatures() throws Exception {
		try (LspSession session = LspSession.inProcess()) {
			ServerCapabilities capabilities = session.initialize(Examples.folder()).getCapabilities();
			assertEquals(UnresCapabilities.COMPLETION_TRIGGERS, capabilities.getCompletionProvider().getTriggerCharacters());
			assertTrue(capabilities.getHoverProvider().getLeft());
			assertTrue(capabilities.getDefinitionProvider().getLeft());
			assertTrue(capabilities.getReferencesProvider().getLeft());
			assertTrue(capabilities.getRenameProvider().getRight().getPrepareProvider(), "rename with prepare");
			assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
			assertTrue(capabilities.getWorkspaceSymbolProvider().getLeft());
			assertTrue(capabilities.getFoldingRangeProvider().getLeft());
			assertTrue(capabilities.getDocumentFormattingProvider().getLeft());
			assertTrue(capabilities.getCodeActionProvider().getLeft());
			assertEquals(TokenRoles.TYPES, capabilities.getSemanticTokensProvider().getLegend().getTokenTypes());
			assertEquals(TokenRoles.MODIFIERS, capabilities.getSemanticTokensProvider().getLegend().getTokenModifiers());
			assertNull(capabilities.getSignatureHelpProvider(), "no signature help for prose");
			assertEquals(ExitSignal.CLEAN, session.shutdownAndExit());
		}
	}

	/** An editor with a single file open names no folder: the server still starts and validates. */
	@Test
	void aClientWithoutAWorkspaceFolder() throws Exception {
		try (LspSession session = LspSession.inProcess()) {
			InitializeParams params = new InitializeParams();
			params.setCapabilities(new ClientCapabilities());
			LspSession.await(session.server().initialize(params));
			session.server().initialized(new InitializedParams());
			String uri = session.open(Examples.largest());
			session.client().awaitDiagnostics(uri);
			assertEquals(ExitSignal.CLEAN, session.shutdownAndExit());
		}
	}

	@Test
	void exitWithoutShutdownEndsWithOne() throws Exception {
		try (LspSession session = LspSession.inProcess()) {
			session.initialize(Examples.folder());
			session.server().exit();
			assertEquals(ExitSignal.WITHOUT_SHUTDOWN, session.awaitExit());
		}
	}

	@Test
	void theEndOfTheInputEndsTheSession() throws Exception {
		CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> UnresLanguageServer.run(new String[0],
				new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()));
		assertEquals(ExitSignal.WITHOUT_SHUTDOWN, code.get(60, TimeUnit.SECONDS));
	}

	@Test
	void aWrongCommandLineEndsWithTwo() {
		assertEquals(UnresLanguageServer.USAGE, UnresLanguageServer.run(new String[] { "--sockett", "5007" },
				new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()));
		assertEquals(UnresLanguageServer.USAGE, UnresLanguageServer.run(new String[] { "--socket", "port" },
				new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()));
		assertEquals(0, UnresLanguageServer.run(new String[] { "--help" }, new ByteArrayInputStream(new byte[0]),
				new ByteArrayOutputStream()));
	}
}
