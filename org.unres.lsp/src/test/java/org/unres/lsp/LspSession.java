package org.unres.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server and an LSP4J client talking over real streams: in this JVM over pipes, or
 * with the built server as a separate process over its standard input and output.
 */
final class LspSession implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 120;

	private final RecordingClient client = new RecordingClient();
	private final OutputStream toServer;
	private final LanguageServer server;
	private final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
	private final Future<Void> listening;
	private final CompletableFuture<Integer> exitCode;
	private final Process process;

	private LspSession(InputStream fromServer, OutputStream toServer, CompletableFuture<Integer> exitCode,
			Process process) {
		this.toServer = toServer;
		this.exitCode = exitCode;
		this.process = process;
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
		this.server = launcher.getRemoteProxy();
		this.endpoint = launcher.getRemoteEndpoint();
		this.listening = launcher.startListening();
	}

	/** The server in this JVM, through {@link UnresLanguageServer#run}, over two pipes. */
	static LspSession inProcess() throws IOException {
		Pipe clientToServer = Pipe.open();
		Pipe serverToClient = Pipe.open();
		InputStream serverIn = Channels.newInputStream(clientToServer.source());
		OutputStream serverOut = Channels.newOutputStream(serverToClient.sink());
		CompletableFuture<Integer> exitCode = new CompletableFuture<>();
		Thread serverThread = new Thread(() -> {
			try {
				exitCode.complete(UnresLanguageServer.run(new String[0], serverIn, serverOut));
			} catch (Throwable e) {
				exitCode.completeExceptionally(e);
			} finally {
				closeQuietly(serverOut);
			}
		}, "unres-lsp-under-test");
		serverThread.setDaemon(true);
		serverThread.start();
		return new LspSession(Channels.newInputStream(serverToClient.source()),
				Channels.newOutputStream(clientToServer.sink()), exitCode, null);
	}

	/** The built server (target/unres-lsp.jar) as a process, over its standard streams. */
	static LspSession subprocess(String... args) throws IOException {
		return subprocess(builtJar(), args);
	}

	/** A server jar as a process, over its standard streams; its standard error goes to a log beside it. */
	static LspSession subprocess(Path jar, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(jar.getParent(), "server-stderr-", ".log");
		Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
		return new LspSession(process.getInputStream(), process.getOutputStream(), process.onExit()
				.thenApply(Process::exitValue), process);
	}

	/**
	 * The built server as a process listening on a socket (--socket 0: a free port, which it
	 * prints on standard error), connected to over that socket.
	 */
	static LspSession overSocket() throws IOException, InterruptedException {
		Path jar = builtJar();
		Path log = Files.createTempFile(jar.getParent(), "server-stderr-", ".log");
		Process process = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(), "--socket", "0")
				.redirectError(log.toFile()).start();
		int port = awaitPort(log, process);
		java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
		return new LspSession(socket.getInputStream(), socket.getOutputStream(),
				process.onExit().thenApply(Process::exitValue), process);
	}

	private static int awaitPort(Path log, Process process) throws IOException, InterruptedException {
		java.util.regex.Pattern listening = java.util.regex.Pattern.compile("listening on \\S+ port (\\d+)");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline && process.isAlive()) {
			java.util.regex.Matcher matcher = listening.matcher(Files.readString(log));
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the server did not say where it listens: " + Files.readString(log));
	}

	static Path builtJar() {
		Path jar = Path.of("target", "unres-lsp.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("the server is not built: " + jar + " (run mvn package first)");
		}
		return jar;
	}

	/** The process of the server, when it runs as one. */
	Process process() {
		return process;
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	LanguageServer server() {
		return server;
	}

	RecordingClient client() {
		return client;
	}

	/** Sends a request by method name, for methods the typed server interface does not have. */
	CompletableFuture<Object> request(String method, Object params) {
		return endpoint.request(method, params);
	}

	/** Sends a notification by method name. */
	void notify(String method, Object params) {
		endpoint.notify(method, params);
	}

	/** Initializes the server on a workspace folder, with the capabilities of a capable editor. */
	InitializeResult initialize(Path folder) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		String uri = Uris.of(folder);
		params.setRootUri(uri);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, folder.getFileName().toString())));
		params.setCapabilities(capabilities());
		InitializeResult result = await(server.initialize(params));
		server.initialized(new InitializedParams());
		return result;
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		RenameCapabilities rename = new RenameCapabilities();
		rename.setPrepareSupport(true);
		text.setRename(rename);
		text.setFoldingRange(new FoldingRangeCapabilities());
		CodeActionCapabilities codeActions = new CodeActionCapabilities();
		codeActions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
				new CodeActionKindCapabilities(List.of("quickfix"))));
		text.setCodeAction(codeActions);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		return capabilities;
	}

	/** Opens a file as the editor would, with its text from disk, and returns its URI. */
	String open(Path file) throws IOException {
		return open(file, Files.readString(file));
	}

	String open(Path file, String text) {
		String uri = Uris.of(file);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "unres", 1, text)));
		return uri;
	}

	/** Replaces the whole text of an open document. */
	void change(String uri, int version, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** Writes bytes to the server as they are, bypassing the client's message layer. */
	void sendRaw(String bytes) throws IOException {
		synchronized (toServer) {
			toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
			toServer.flush();
		}
	}

	/** Sends 'shutdown' then 'exit', as a client does, and returns the server's exit code. */
	int shutdownAndExit() throws Exception {
		await(server.shutdown());
		server.exit();
		return awaitExit();
	}

	int awaitExit() throws Exception {
		return exitCode.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	boolean hasExited() {
		return exitCode.isDone();
	}

	static <T> T await(CompletableFuture<T> future) throws InterruptedException, ExecutionException {
		return await(future, TIMEOUT_SECONDS);
	}

	static <T> T await(CompletableFuture<T> future, long seconds) throws InterruptedException, ExecutionException {
		try {
			return future.get(seconds, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError("no answer from the server within " + seconds + " s", e);
		}
	}

	@Override
	public void close() {
		listening.cancel(true);
		closeQuietly(toServer);
		if (process != null) {
			process.destroy();
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			} catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void closeQuietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		} catch (IOException e) {
			// already closed
		}
	}
}
