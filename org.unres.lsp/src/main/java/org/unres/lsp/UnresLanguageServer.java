package org.unres.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.unres.dsl.ide.server.UnresServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The UNRES language server: Xtext's {@link LanguageServerImpl} with the services of
 * org.unres.dsl.ide, over stdio or a socket. {@link #run} serves one client and returns the exit
 * code, so that other programs ('unres lsp') and tests can run it in-process.
 */
public final class UnresLanguageServer {

	public static final int USAGE = 2;

	private UnresLanguageServer() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.in, System.out));
	}

	/**
	 * Serves one client and returns the exit code: 0 after 'shutdown' and 'exit', 1 when the
	 * client left without 'shutdown', 2 for a wrong command line. With --socket the streams are
	 * not used.
	 */
	public static int run(String[] args, InputStream in, OutputStream out) {
		ServerOptions options;
		try {
			options = ServerOptions.parse(Arrays.asList(args));
		} catch (ServerOptions.UsageException e) {
			System.err.println("unres-lsp: " + e.getMessage() + "\n");
			System.err.print(ServerOptions.USAGE);
			return USAGE;
		}
		if (options.help()) {
			System.err.print(ServerOptions.USAGE);
			return 0;
		}
		if (options.overSocket()) {
			return serveOneClientOnSocket(options);
		}
		return serve(in, protectProtocolStream(out));
	}

	/**
	 * Whatever a library prints to System.out would corrupt the protocol when the protocol runs
	 * over System.out; such output goes to System.err instead.
	 */
	private static OutputStream protectProtocolStream(OutputStream out) {
		if (out == System.out) {
			PrintStream protocol = System.out;
			System.setOut(System.err);
			return protocol;
		}
		return out;
	}

	private static int serveOneClientOnSocket(ServerOptions options) {
		try (ServerSocket server = new ServerSocket(options.port(), 1, InetAddress.getByName(options.host()))) {
			System.err.println("unres-lsp: listening on " + options.host() + " port " + server.getLocalPort());
			try (Socket client = server.accept()) {
				System.err.println("unres-lsp: client connected from " + client.getRemoteSocketAddress());
				return serve(client.getInputStream(), client.getOutputStream());
			}
		} catch (IOException e) {
			System.err.println("unres-lsp: cannot listen on " + options.host() + " port " + options.port() + ": "
					+ e.getMessage());
			return USAGE;
		}
	}

	/** Serves one client until it sends 'exit' or closes its stream. */
	static int serve(InputStream in, OutputStream out) {
		ExitSignal exitSignal = new ExitSignal();
		Injector injector = Guice.createInjector(Modules.override(new UnresServerModule())
				.with(binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exitSignal)));
		LanguageServerImpl languageServer = injector.getInstance(LanguageServerImpl.class);
		ExecutorService messageThreads = Executors.newCachedThreadPool(daemonThreads());
		try {
			Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
					.setLocalService(languageServer)
					.setRemoteInterface(LanguageClient.class)
					.setInput(new ResynchronizingInput(in))
					.setOutput(out)
					.setExecutorService(messageThreads)
					.create();
			languageServer.connect(launcher.getRemoteProxy());
			Future<Void> listening = launcher.startListening();
			return awaitEnd(exitSignal, listening);
		} finally {
			messageThreads.shutdownNow();
			injector.getInstance(ExecutorServiceProvider.class).dispose();
		}
	}

	private static int awaitEnd(ExitSignal exitSignal, Future<Void> listening) {
		CompletableFuture<Void> inputClosed = CompletableFuture.runAsync(() -> {
			try {
				listening.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (ExecutionException | java.util.concurrent.CancellationException e) {
				// the stream failed or was closed: the session is over all the same
			}
		});
		try {
			Object first = CompletableFuture.anyOf(exitSignal.onExit(), inputClosed).get();
			listening.cancel(true);
			return first instanceof Integer code ? code : exitSignal.exitCode();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return exitSignal.exitCode();
		} catch (ExecutionException e) {
			return exitSignal.exitCode();
		}
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		return runnable -> {
			Thread thread = new Thread(runnable, "unres-lsp-messages");
			thread.setDaemon(true);
			return thread;
		};
	}
}
