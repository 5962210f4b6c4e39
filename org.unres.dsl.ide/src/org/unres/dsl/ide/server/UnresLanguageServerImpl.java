package org.unres.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Inject;

/**
 * Xtext's language server, with two answers of its own: a request for a method it does not know
 * gets the protocol's MethodNotFound error (Xtext's own answer is an internal error), and a
 * client that opens no folder (no root URI, as an editor with a single file does) gets the
 * first workspace folder it names as the workspace, or else an empty one, where Xtext would fail
 * to initialize. The files such a client opens are served on their own. (The folder the server
 * was started in is no choice: an editor may start it in the home folder, or in '/'.)
 */
public class UnresLanguageServerImpl extends LanguageServerImpl {

	@Inject
	private UriExtensions uriExtensions;

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
		}
		return super.request(method, parameter);
	}

	@Override
	protected URI getBaseDir(InitializeParams params) {
		URI base = super.getBaseDir(params);
		if (base != null) {
			return base;
		}
		if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
			return uriExtensions.toUri(params.getWorkspaceFolders().get(0).getUri());
		}
		return uriExtensions.toUri(emptyFolder().toUri().toString());
	}

	private static Path emptyFolder() {
		try {
			Path folder = Files.createTempDirectory("unres-lsp-workspace-");
			folder.toFile().deleteOnExit();
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
