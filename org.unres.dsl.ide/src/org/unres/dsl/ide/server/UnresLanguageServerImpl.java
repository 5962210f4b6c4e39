package org.unres.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, answering a request for a method it does not know with the
 * protocol's MethodNotFound error (Xtext's own answer is an internal error).
 */
public class UnresLanguageServerImpl extends LanguageServerImpl {

	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		if (!getExtensionProviders().containsKey(method)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown method: " + method, null)));
		}
		return super.request(method, parameter);
	}
}
