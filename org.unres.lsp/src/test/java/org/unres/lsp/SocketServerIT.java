package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** With --socket, the packaged server waits for one client on a TCP port and serves it there. */
class SocketServerIT {

	@Test
	void aSessionOverASocket() throws Exception {
		try (LspSession session = LspSession.overSocket()) {
			session.initialize(Examples.folder());
			Path file = Examples.largest();
			String uri = session.open(file);
			session.client().awaitDiagnostics(uri);
			var symbols = LspSession.await(session.server().getTextDocumentService()
					.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
			assertTrue(!symbols.isEmpty(), "the outline arrives over the socket");
			assertEquals(0, session.shutdownAndExit());
		}
	}
}
