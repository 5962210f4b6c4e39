package org.unres.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client side of a test session: keeps what the server publishes, so tests can wait for it. */
final class RecordingClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final List<MessageParams> messages = new CopyOnWriteArrayList<>();
	private final Object changed = new Object();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		synchronized (changed) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
			changed.notifyAll();
		}
	}

	/** Waits until the diagnostics published for a document satisfy the condition, and returns them. */
	List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, long timeoutSeconds)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		synchronized (changed) {
			while (true) {
				List<Diagnostic> current = diagnostics.get(uri);
				if (current != null && condition.test(current)) {
					return current;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("no diagnostics as expected for " + uri + " within " + timeoutSeconds
							+ " s; last published: " + (current == null ? "none" : describe(current)));
				}
				changed.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
	}

	/** Waits for the first diagnostics of a document, whatever they are. */
	List<Diagnostic> awaitDiagnostics(String uri) throws InterruptedException {
		return awaitDiagnostics(uri, d -> true, 60);
	}

	void forget(String uri) {
		diagnostics.remove(uri);
	}

	List<MessageParams> messages() {
		return new ArrayList<>(messages);
	}

	static String describe(List<Diagnostic> diagnostics) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic d : diagnostics) {
			text.append("\n  ").append(d.getRange().getStart().getLine() + 1).append(':')
					.append(d.getRange().getStart().getCharacter() + 1).append(' ').append(d.getSeverity()).append(' ')
					.append(d.getMessage().getLeft()).append(" [").append(d.getCode() == null ? "" : d.getCode().getLeft()).append(']');
		}
		return text.toString();
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams params) {
		messages.add(params);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		messages.add(new MessageParams(params.getType(), params.getMessage()));
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams params) {
		messages.add(params);
	}
}
