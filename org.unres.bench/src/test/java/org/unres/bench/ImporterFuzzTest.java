package org.unres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.unres.dsl.importer.FootnoteExtraction;
import org.unres.dsl.importer.ImportWarning;
import org.unres.dsl.importer.ImportedText;
import org.unres.dsl.importer.LibraryPhrases;
import org.unres.dsl.importer.PageFurniture;
import org.unres.dsl.importer.SourceLine;
import org.unres.dsl.importer.TextImporter;
import org.unres.dsl.importer.WordCount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The importer's promise on inputs it was not written for: corpus texts with lines deleted,
 * repeated, swapped, split or joined, and lines of noise put in, are imported without an exception,
 * what it writes parses without a syntax error, and no word of the input is lost, except in the
 * stretches of a report that a warning names as not imported, counted as {@link WordCount#lost}
 * counts them (a mutation moves line ends, so words the layout broke count as mended on both
 * sides). The input's words are read as the importer's first stages leave them, page furniture
 * out and footnote blocks after the running text, since a word a page broke around a footnote
 * block or a page foot is whole again only there (those stages are tested on their own in
 * ImporterStagesTest). Tries as in {@link PipelineFuzzTest}.
 */
class ImporterFuzzTest {

	private static final List<String> TEXTS = corpusTexts();
	private static final AtomicInteger TRIED = new AtomicInteger();
	private static final Pattern NOT_IMPORTED = Pattern.compile("lines (\\d+)-(\\d+) are outside any text");

	/** Lines a published text or its copy may hold, plus noise. */
	private static final List<String> LINES = List.of("", "Draft decision", "Resolution 20/1", "Annex", "__________________",
			" 12 E/CN.15/2011/12.", "20 V.11-82609", "E/2011/30", "1. Requests the Secretary-General to report;",
			"(a) to act:", "\tGeneral-purpose funds\t4 517.2", "Post 4 517.2 4 210.9 13 14", "Total 1 2 3", "* E/CN.15/2003/1.",
			"¹ E/CN.7/2011/16", "Recalling its resolution 18/3,", "“", "B. Draft decision for adoption by the Council",
			"recommends the adoption of the following draft decision:", "Chapter II", "Note by the Secretariat");

	private record Mutation(int kind, double position, String line) {
	}

	@Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
	void importNeverThrowsAndLosesNoWord(@ForAll("text") int text, @ForAll("mutations") List<Mutation> mutations) {
		List<String> lines = new ArrayList<>(Arrays.asList(TEXTS.get(text).split("\n", -1)));
		for (Mutation mutation : mutations) {
			apply(lines, mutation);
		}
		String input = String.join("\n", lines);
		TRIED.incrementAndGet();
		List<ImportedText> imported = new TextImporter(LibraryPhrases.builtIn()).importFile(input);
		StringBuilder output = new StringBuilder();
		List<ImportWarning> warnings = new ArrayList<>();
		for (ImportedText each : imported) {
			output.append(each.unres()).append('\n');
			warnings.addAll(each.warnings());
		}
		List<String> lost = WordCount.lost(imported(lines, warnings), output.toString());
		if (!lost.isEmpty()) {
			write(input);
		}
		assertEquals(List.of(), lost, "case " + TRIED.get() + " from corpus text " + text);
		for (ImportedText each : imported.stream().filter(each -> !each.isEmpty()).toList()) {
			var errors = LoadedCorpus.parse(List.of(new SyntheticText(each.name() + ".unres", each.unres()))).resources().get(0).getErrors();
			if (!errors.isEmpty()) {
				write(input);
			}
			assertEquals(List.of(), errors.stream().map(e -> e.getLine() + ": " + e.getMessage()).toList(),
					"case " + TRIED.get() + ": what the importer writes always parses");
		}
	}

	/** The words of the input without the stretches named as not imported, as the first stages read them. */
	private static String imported(List<String> lines, List<ImportWarning> warnings) {
		boolean[] skipped = new boolean[lines.size() + 1];
		for (ImportWarning warning : warnings) {
			Matcher range = NOT_IMPORTED.matcher(warning.message());
			if (range.find()) {
				for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)) && n <= lines.size(); n++) {
					skipped[n] = true;
				}
			}
		}
		List<SourceLine> kept = new ArrayList<>();
		for (int n = 1; n <= lines.size(); n++) {
			if (!skipped[n]) {
				kept.add(new SourceLine(n, lines.get(n - 1)));
			}
		}
		return FootnoteExtraction.extract(PageFurniture.remove(kept)).plainText();
	}

	private static void apply(List<String> lines, Mutation m) {
		int at = Math.min(lines.size() - 1, (int) (m.position() * lines.size()));
		if (lines.isEmpty() || at < 0) {
			lines.add(m.line());
			return;
		}
		switch (m.kind()) {
		case 0 -> lines.remove(at);
		case 1 -> lines.add(at, lines.get(at));
		case 2 -> {
			if (at + 1 < lines.size()) {
				lines.add(at, lines.remove(at + 1));
			}
		}
		case 3 -> {
			String line = lines.get(at);
			int cut = line.length() / 2;
			lines.set(at, line.substring(0, cut));
			lines.add(at + 1, line.substring(cut));
		}
		case 4 -> {
			if (at + 1 < lines.size()) {
				lines.set(at, lines.get(at) + " " + lines.remove(at + 1));
			}
		}
		default -> lines.add(at, m.line());
		}
	}



	private static void write(String input) {
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "import-fuzz-failure-" + TRIED.get() + ".txt"), input, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Provide
	Arbitrary<Integer> text() {
		return Arbitraries.integers().between(0, TEXTS.size() - 1);
	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1), Arbitraries.of(LINES))
				.as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
	}

	private static List<String> corpusTexts() {
		Path corpus = Path.of(System.getProperty("unres.shared", "../../shared")).resolve("corpus");
		try (Stream<Path> files = Files.walk(corpus)) {
			List<String> texts = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
			if (texts.size() < 25) {
				throw new IllegalStateException("the corpus at " + corpus + " holds its texts");
			}
			return texts;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
