package org.unres.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.unres.dsl.generator.OutputNames;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.unres.Document;

/**
 * The throughput benchmark behind {@code scripts/bench}: for each corpus size, several runs of
 * parse+link+validate, AKN and HTML generation, an I/O baseline that reads the same source bytes and
 * writes the same number of output bytes, xmllint against the official schema, and the incremental
 * re-validation after one edit. Prints medians and ratios to the baseline.
 */
public final class Bench {

	private final int runs;
	private final Path work;
	private final Path schema;

	private Bench(int runs, Path work, Path schema) {
		this.runs = runs;
		this.work = work;
		this.schema = schema;
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = args.length == 0 ? List.of(100, 1000) : Arrays.stream(args).map(Integer::valueOf).toList();
		int runs = Integer.getInteger("bench.runs", 3);
		Path schema = Path.of(System.getProperty("bench.schema", "/work/shared/akn/akomantoso30.xsd"));
		Path work = Files.createTempDirectory("unres-bench");
		System.out.printf(Locale.ROOT, "UNRES bench: %d runs per size, medians; JVM %s, %d processors, max heap %d MB%n", runs,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		Bench bench = new Bench(runs, work, schema);
		// One small warm-up pass so that the first size does not pay for class loading and JIT.
		bench.measure(50, false);
		for (int size : sizes) {
			bench.measure(size, true);
		}
	}

	private record Sample(double seconds, long peakBytes) {
	}

	private void measure(int size, boolean print) throws IOException, InterruptedException {
		List<SyntheticText> texts = new SyntheticCorpus(1).texts(size);
		Path sources = work.resolve("src-" + size);
		Files.createDirectories(sources);
		long sourceBytes = 0;
		for (SyntheticText text : texts) {
			byte[] bytes = text.content().getBytes(StandardCharsets.UTF_8);
			Files.write(sources.resolve(text.fileName()), bytes);
			sourceBytes += bytes.length;
		}
		List<Path> files = texts.stream().map(text -> sources.resolve(text.fileName())).toList();
		List<Sample> validate = new ArrayList<>(), akn = new ArrayList<>(), html = new ArrayList<>(), baseline = new ArrayList<>(),
				xmllint = new ArrayList<>();
		long[] outputBytes = new long[2];
		for (int run = 0; run < runs; run++) {
			Path out = work.resolve("out-" + size + "-" + run);
			Path aknOut = Files.createDirectories(out.resolve("akn"));
			Path htmlOut = Files.createDirectories(out.resolve("html"));
			LoadedCorpus[] corpus = new LoadedCorpus[1];
			validate.add(timed(() -> {
				corpus[0] = LoadedCorpus.load(files);
				long errors = corpus[0].validateAll().stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
				if (errors > 0) {
					throw new IllegalStateException(errors + " errors in the synthetic corpus");
				}
				return null;
			}));
			List<Document> documents = corpus[0].resources().stream().map(LoadedCorpus::documentOf).toList();
			AknGenerator aknGenerator = LoadedCorpus.injector().getInstance(AknGenerator.class);
			HtmlGenerator htmlGenerator = LoadedCorpus.injector().getInstance(HtmlGenerator.class);
			akn.add(timed(() -> outputBytes[0] = writeAll(documents, aknOut, ".xml", aknGenerator::generate)));
			PageLinks links = PageLinks.byOutputName(documents);
			html.add(timed(() -> outputBytes[1] = writeAll(documents, htmlOut, ".html", d -> htmlGenerator.page(d, links))));
			Path copy = Files.createDirectories(out.resolve("baseline"));
			baseline.add(timed(() -> baselineIo(files, copy, outputBytes[0] + outputBytes[1])));
			xmllint.add(xmllint(aknOut));
		}
		if (!print) {
			return;
		}
		double base = median(baseline);
		System.out.printf(Locale.ROOT, "%nN = %,d texts, %.2f MB of source, %.2f MB AKN, %.2f MB HTML%n", size, sourceBytes / 1e6,
				outputBytes[0] / 1e6, outputBytes[1] / 1e6);
		System.out.printf(Locale.ROOT, "%-24s %9s %10s %8s %9s %10s%n", "phase", "seconds", "texts/s", "MB/s", "peak MB", "x baseline");
		row("parse+link+validate", validate, size, sourceBytes, base);
		row("generate AKN", akn, size, outputBytes[0], base);
		row("generate HTML", html, size, outputBytes[1], base);
		double pipeline = median(validate) + median(akn) + median(html);
		System.out.printf(Locale.ROOT, "%-24s %9.3f %10.0f %8s %9s %10.1f%n", "whole pipeline", pipeline, size / pipeline, "", "",
				pipeline / base);
		row("I/O baseline", baseline, size, sourceBytes + outputBytes[0] + outputBytes[1], base);
		if (median(xmllint) >= 0) {
			row("xmllint --schema (AKN)", xmllint, size, outputBytes[0], base);
		}
		incremental(size, files);
	}

	/** Reads every source and writes the given number of bytes in as many files: the floor for any pipeline. */
	private static Object baselineIo(List<Path> files, Path out, long bytesToWrite) throws IOException {
		long perFile = bytesToWrite / files.size();
		long checksum = 0;
		for (int i = 0; i < files.size(); i++) {
			byte[] read = Files.readAllBytes(files.get(i));
			checksum += read.length;
			byte[] written = new byte[(int) (i == files.size() - 1 ? bytesToWrite - perFile * i : perFile)];
			Arrays.fill(written, (byte) (checksum & 0x7f));
			Files.write(out.resolve(i + ".out"), written);
		}
		return checksum;
	}

	private static long writeAll(List<Document> documents, Path folder, String extension,
			java.util.function.Function<Document, String> generator) throws IOException {
		long bytes = 0;
		for (Document document : documents) {
			byte[] text = generator.apply(document).getBytes(StandardCharsets.UTF_8);
			Files.write(folder.resolve(OutputNames.baseName(document) + extension), text);
			bytes += text.length;
		}
		return bytes;
	}

	/** xmllint over all generated XML in one process; -1 when xmllint or the schema is missing. */
	private Sample xmllint(Path aknFolder) throws IOException, InterruptedException {
		if (!Files.isReadable(schema)) {
			return new Sample(-1, 0);
		}
		List<String> command = new ArrayList<>(List.of("xmllint", "--noout", "--schema", schema.toString()));
		try (var listing = Files.list(aknFolder)) {
			listing.sorted().forEach(path -> command.add(path.toString()));
		}
		long start = System.nanoTime();
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			return new Sample(-1, 0);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		if (exit != 0) {
			throw new IllegalStateException("xmllint rejects the generated XML:\n" + output.lines().limit(10).toList());
		}
		return new Sample(seconds, 0);
	}

	/**
	 * Warm incremental re-validation: the corpus stays loaded; one text is edited (its resource
	 * re-parsed from the new text), the texts that cite it are re-linked, and the edited text and
	 * those dependants are validated again. The median over several edits is printed.
	 */
	private void incremental(int size, List<Path> files) throws IOException {
		LoadedCorpus corpus = LoadedCorpus.load(files);
		corpus.validateAll();
		corpus.indexReferences();
		List<Double> millis = new ArrayList<>();
		int dependantsSeen = 0;
		for (int edit = 0; edit < 7; edit++) {
			int target = (int) ((long) size * (edit + 1) / 9);
			XtextResource edited = corpus.resources().get(target);
			String before = Files.readString(files.get(target));
			String after = before.replace("The Economic and Social Council,", "The Economic and Social Council,\n\n*Noting again* the edit " + edit + ",");
			long start = System.nanoTime();
			int dependants = corpus.edit(edited, after);
			double ms = (System.nanoTime() - start) / 1e6;
			dependantsSeen += dependants;
			millis.add(ms);
		}
		millis.sort(null);
		System.out.printf(Locale.ROOT, "incremental: one edit in a warm workspace of %,d texts: median %.1f ms (min %.1f, max %.1f; "
				+ "%.1f dependants re-validated per edit; re-parse of the edited resource + re-link and re-validation of its dependants)%n",
				size, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), dependantsSeen / 7.0);
	}

	private void row(String phase, List<Sample> samples, int size, long bytes, double base) {
		double seconds = median(samples);
		long peak = samples.stream().mapToLong(Sample::peakBytes).max().orElse(0);
		System.out.printf(Locale.ROOT, "%-24s %9.3f %10.0f %8.2f %9s %10.1f%n", phase, seconds, size / seconds, bytes / 1e6 / seconds,
				peak == 0 ? "" : String.valueOf(peak >> 20), seconds / base);
	}

	private static double median(List<Sample> samples) {
		double[] values = samples.stream().mapToDouble(Sample::seconds).sorted().toArray();
		return values[values.length / 2];
	}

	private interface Phase {
		Object run() throws IOException;
	}

	/** Times a phase after a GC; the peak is the highest heap use (all heap pools) seen during the phase. */
	private static Sample timed(Phase phase) throws IOException {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		phase.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Sample(seconds, peak);
	}
}
