package org.unres.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

/**
 * Ends a session when the client sends 'exit', with the code the protocol asks for: 0 after a
 * 'shutdown', 1 without one. Xtext's default calls System.exit, which would end any program
 * that runs the server in-process (the 'unres lsp' command, tests).
 */
final class ExitSignal implements ILanguageServerShutdownAndExitHandler {

	static final int CLEAN = 0;
	static final int WITHOUT_SHUTDOWN = 1;

	private volatile boolean shutdownRequested;
	private final CompletableFuture<Integer> exit = new CompletableFuture<>();

	@Override
	public void shutdown() {
		shutdownRequested = true;
	}

	@Override
	public void exit() {
		exit.complete(exitCode());
	}

	/** The code to end with now: also used when the client goes away without 'exit'. */
	int exitCode() {
		return shutdownRequested ? CLEAN : WITHOUT_SHUTDOWN;
	}

	CompletableFuture<Integer> onExit() {
		return exit;
	}
}
