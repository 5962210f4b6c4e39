package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unres.dsl.importer.WordCount;
import org.xml.sax.SAXException;

/**
 * The round trip over every file of the shared corpus: {@code unres import}, then {@code unres
 * validate} (no errors), then {@code unres generate --html}; the words of the pages' text (from the
 * heading on, without the masthead) must equal the words of the corpus file, counted with repeats.
 * Words are runs of two or more letters, case kept, so whitespace, numbering, footnote markers in any
 * form and markup do not count; the corpus side has only its line-end hyphenation undone and its page
 * headers and footers removed, independently of the importer. A whole report is held to the texts
 * the corpus cut from it ({@code reports/001_…} to {@code 001/*}): its other chapters are not texts
 * and are not imported (the importer names their lines in a warning). The test prints the share of
 * files that round-trip exactly and each failure with its reason, and fails when the share falls
 * below the figure measured when it was last raised.
 */
class ImportRoundTripTest {

	/** Files that round-trip exactly, as last measured: raise it as the importer improves, never lower it. */
	private static final int EXACT_AT_LEAST = 24;

	private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})");
	private static final Pattern FURNITURE = Pattern.compile(
			"(?m)^[ \\t]*(?:(?:\\d+[ \\t]+)?V\\.\\d\\d-\\d{5}(?:[ \\t]+\\d+)?|E/\\d{4}/\\d+(?:/Add\\.\\d+)?)[ \\t]*$");
	private static final Pattern PAGE_TEXT = Pattern.compile("(?s)<h1.*</article>");

	@TempDir
	Path folder;

	@Test
	void everyCorpusTextRoundTrips() throws IOException {
		List<Path> sources = corpusTexts();
		assertTrue(sources.size() >= 25, "the corpus at " + corpus() + " holds its texts");
		List<String> failures = new ArrayList<>();
		int exact = 0;
		for (int i = 0; i < sources.size(); i++) {
			String failure = roundTrip(sources.get(i), folder.resolve("t" + i));
			if (failure == null) {
				exact++;
			} else {
				failures.add(corpus().relativize(sources.get(i)) + ": " + failure);
			}
		}
		System.out.printf("import round trip: %d of %d corpus files exact (%.0f%%)%n", exact, sources.size(),
				100.0 * exact / sources.size());
		failures.forEach(failure -> System.out.println("  FAILS " + failure));
		assertTrue(exact >= EXACT_AT_LEAST, exact + " of " + sources.size() + " round-trip exactly, fewer than the "
				+ EXACT_AT_LEAST + " measured before:\n" + String.join("\n", failures));
	}

	@Test
	void aReportYieldsOneFilePerText() throws IOException {
		// Chapter I of the April 2011 report: 8 drafts for adoption, 2 draft decisions, 7 resolutions, 1 decision.
		assertEquals(18, importedTexts("reports/001_b76d8c8590779d12.txt").size());
		// Of the December 2011 report: a draft resolution, a draft decision printed without a heading, 2 resolutions.
		List<String> texts = importedTexts("reports/000_8a9dd0b3f5bb1f5f.txt");
		assertEquals(4, texts.size(), texts.toString());
		assertTrue(texts.stream().anyMatch(text -> text.startsWith("Draft decision\n@body ECOSOC\n"
				+ "@recommended-by CCPCJ session 20 reconvened\n@designation-not-printed\n\n"
				+ "# Report of the Commission on Crime Prevention and Criminal Justice on its reconvened twentieth session\n")), texts.toString());
	}

	@Test
	void aReportsTextsKnowWhoRecommendsThemAndPublishToAkn() throws IOException, SAXException {
		List<String> texts = importedTexts("reports/001_b76d8c8590779d12.txt");
		assertEquals(10, texts.stream().filter(text -> text.contains("\n@recommended-by CCPCJ session 20\n")).count(),
				"the report's 8 draft resolutions and 2 draft decisions are recommended by the Commission at its twentieth session");
		assertEquals(18, texts.stream().filter(text -> text.contains("\n@symbol E/2011/30\n")).count(), "the report's symbol, its page foot");
		assertTrue(importedTexts("reports/000_8a9dd0b3f5bb1f5f.txt").stream()
				.anyMatch(text -> text.startsWith("Resolution 20/8\n@body CCPCJ session 20 reconvened\n")), "the report is on the reconvened session");
		Path akn = folder.resolve("akn");
		Result generated = run("generate", "--akn", "-o", akn.toString(), folder.resolve("reports").toString());
		assertEquals(Main.OK, generated.code(), generated.err());
		List<Path> xml;
		try (Stream<Path> files = Files.list(akn.resolve("akn"))) {
			xml = files.toList();
		}
		assertEquals(22, xml.size(), "every text of both reports has a date and an author: " + generated.err());
		Validator schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(corpus().resolveSibling("akn").resolve("akomantoso30.xsd").toFile()).newValidator();
		for (Path file : xml) {
			try {
				schema.validate(new StreamSource(file.toFile()));
			} catch (SAXException e) {
				throw new AssertionError(file.getFileName() + " is not valid Akoma Ntoso: " + e.getMessage(), e);
			}
		}
	}

	private List<String> importedTexts(String report) throws IOException {
		Path out = folder.resolve(report);
		Result imported = run("import", "-o", out.toString(), corpus().resolve(report).toString());
		assertEquals(Main.OK, imported.code(), imported.err());
		try (Stream<Path> files = Files.list(out)) {
			List<String> texts = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".unres")).sorted().toList()) {
				texts.add(Files.readString(file));
			}
			return texts;
		}
	}

	/** The reason the file does not round-trip, or null when it does. */
	private String roundTrip(Path source, Path work) throws IOException {
		Path unres = work.resolve("unres");
		Result imported = run("import", "-o", unres.toString(), source.toString());
		if (imported.code() != Main.OK) {
			return "import failed: " + imported.err();
		}
		Result validated = run("validate", unres.toString());
		if (validated.code() != Main.OK) {
			return "validation errors: " + errorsOf(validated.out() + validated.err());
		}
		Path html = work.resolve("out");
		Result generated = run("generate", "--html", "-o", html.toString(), unres.toString());
		if (generated.code() != Main.OK) {
			return "generation failed: " + generated.err();
		}
		StringBuilder pages = new StringBuilder();
		try (Stream<Path> files = Files.list(html.resolve("html"))) {
			for (Path page : files.filter(f -> !f.getFileName().toString().equals("index.html")).sorted().toList()) {
				Matcher text = PAGE_TEXT.matcher(Files.readString(page));
				pages.append(text.find() ? text.group() : "").append('\n');
			}
		}
		List<String> expected = new ArrayList<>();
		for (Path text : textsOf(source)) {
			expected.addAll(WordCount.words(FURNITURE.matcher(HYPHENATED.matcher(Files.readString(text)).replaceAll("$1$2")).replaceAll("")));
		}
		List<String> actual = WordCount.words(textOf(pages.toString()));
		List<String> missing = WordCount.missingFrom(expected, actual);
		List<String> extra = WordCount.missingFrom(actual, expected);
		if (missing.isEmpty() && extra.isEmpty()) {
			return null;
		}
		return "words differ: " + missing.size() + " missing " + sample(missing) + ", " + extra.size() + " added " + sample(extra);
	}

	/** The corpus files of the texts a file holds: itself, or for a report the texts cut from it. */
	private static List<Path> textsOf(Path source) throws IOException {
		if (!source.getParent().getFileName().toString().equals("reports")) {
			return List.of(source);
		}
		String report = source.getFileName().toString().substring(0, 3);
		try (Stream<Path> files = Files.list(corpus().resolve(report))) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static String errorsOf(String diagnostics) {
		List<String> errors = diagnostics.lines().filter(line -> line.contains(": error: ")).toList();
		return errors.size() + " (first: " + (errors.isEmpty() ? diagnostics.strip() : errors.get(0).replaceAll("^.*?: error: ", "")) + ")";
	}

	private static String sample(List<String> words) {
		return words.isEmpty() ? "" : words.subList(0, Math.min(8, words.size())).toString();
	}

	/** The text of HTML: tags removed, the entities the generator writes decoded. */
	private static String textOf(String html) {
		return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&#39;", "'").replace("&amp;", "&");
	}



	private static Path corpus() {
		return Path.of(System.getProperty("unres.shared", "../../shared")).resolve("corpus");
	}

	private static List<Path> corpusTexts() throws IOException {
		try (Stream<Path> files = Files.walk(corpus())) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private record Result(int code, String out, String err) {
	}

	private static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
