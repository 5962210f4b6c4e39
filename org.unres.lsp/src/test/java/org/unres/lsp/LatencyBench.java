package org.unres.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Measures how long the packaged server takes to answer completion, hover and definition on the
 * largest file of a folder, over stdio as an editor talks to it, and how long after an edit the
 * new diagnostics arrive; prints p50 and p95 per kind. Not a test: figures depend on the
 * machine. Run it with scripts/lsp-bench, or:
 *
 * <pre>
 * java -cp "org.unres.lsp/target/test-classes:org.unres.lsp/target/unres-lsp.jar:org.unres.lsp/target/lib/*" \
 *   org.unres.lsp.LatencyBench examples [requests-per-kind] [server-jar]
 * </pre>
 */
public final class LatencyBench {

	/** Where a drafter asks for help: at italic openers and verbs, inside citations, at line starts. */
	private static final Pattern MARKUP = Pattern.compile("\\*[^*\\n]+\\*|\\[[^\\]\\n]+\\]");
	private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("(?m)^\\d+\\. ");
	private static final Pattern LINE_WITH_TEXT = Pattern.compile("(?m)^(?=\\S)");
	private static final int WARM_UP = 50;

	private LatencyBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: LatencyBench FOLDER [requests-per-kind] [server-jar]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		Path jar = args.length > 2 && !args[2].isEmpty() ? Path.of(args[2]) : locateJar();
		Path file = largest(folder);
		String text = Files.readString(file);
		List<Position> positions = markupPositions(text);
		System.out.printf("%s: %d characters, %d numbered paragraphs, %d places asked about; %d requests per kind after %d to warm up%n",
				file.getFileName(), text.length(), NUMBERED_PARAGRAPH.matcher(text).results().count(), positions.size(), requests, WARM_UP);
		try (LspSession session = LspSession.subprocess(jar)) {
			session.initialize(folder);
			String uri = session.open(file);
			List<Diagnostic> opened = session.client().awaitDiagnostics(uri);
			System.out.printf("on opening: %d errors, %d warnings%n", count(opened, DiagnosticSeverity.Error),
					count(opened, DiagnosticSeverity.Warning));
			TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
			var documents = session.server().getTextDocumentService();
			measure("completion", requests, positions, p -> documents.completion(new CompletionParams(id, p)));
			measure("hover", requests, positions, p -> documents.hover(new HoverParams(id, p)));
			measure("definition", requests, positions, p -> documents.definition(new DefinitionParams(id, p)));
			new DiagnosticsAfterEdit(session, uri, text).measure(Math.max(20, requests / 10));
			session.shutdownAndExit();
		}
	}

	private static long count(List<Diagnostic> diagnostics, DiagnosticSeverity severity) {
		return diagnostics.stream().filter(d -> d.getSeverity() == severity).count();
	}

	private static void measure(String kind, int requests, List<Position> positions,
			Function<Position, CompletableFuture<?>> request) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			LspSession.await(request.apply(spread(positions, i, WARM_UP)));
		}
		long[] nanos = new long[requests];
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			LspSession.await(request.apply(spread(positions, i, requests)));
			nanos[i] = System.nanoTime() - start;
		}
		print(kind, nanos, "requests");
	}

	/** The i-th of n positions spread evenly over the text (a long text has more places than requests). */
	private static Position spread(List<Position> positions, int i, int n) {
		return n >= positions.size() ? positions.get(i % positions.size())
				: positions.get((int) ((long) i * positions.size() / n));
	}

	static void print(String kind, long[] nanos, String what) {
		Arrays.sort(nanos);
		System.out.printf("%-11s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   (%d %s)%n", kind,
				percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6, nanos.length, what);
	}

	private static double percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/**
	 * One position inside each italic phrase and each bracket of the text, and one at the start
	 * of each line with text (where a new paragraph's number, opener or verb is completed).
	 */
	static List<Position> markupPositions(String text) {
		List<Position> positions = new ArrayList<>();
		Matcher markup = MARKUP.matcher(text);
		while (markup.find()) {
			positions.add(TextPositions.of(text, markup.start() + Math.min(3, markup.group().length() - 1)));
		}
		Matcher line = LINE_WITH_TEXT.matcher(text);
		while (line.find()) {
			positions.add(TextPositions.of(text, line.start()));
		}
		if (positions.isEmpty()) {
			throw new IllegalStateException("no markup to ask about");
		}
		return positions;
	}

	private static Path largest(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> f.toString().endsWith(".unres")).max((a, b) -> Long.compare(size(a), size(b)))
					.orElseThrow(() -> new IllegalStateException("no .unres file in " + folder));
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The jar beside the classes of this bench: org.unres.lsp/target/unres-lsp.jar. */
	private static Path locateJar() throws Exception {
		Path classes = Path.of(LatencyBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return classes.getParent().resolve("unres-lsp.jar");
	}
}
