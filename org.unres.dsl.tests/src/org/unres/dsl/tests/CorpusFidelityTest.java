package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unres.dsl.importer.WordCount;

/**
 * Each example renders a corpus text, named in its first comment line, completely and without
 * additions: the published text and the example have the same words (as a multiset, allowing a
 * word or so in two hundred for compounds hyphenated at line ends), and nearly in the same order
 * (the PDF text moves footnotes to page ends, so the order is checked more loosely).
 */
class CorpusFidelityTest {

	private static final Pattern CORPUS_FILE = Pattern.compile("\\b(\\d{3}/\\d{2}-[\\w.-]+\\.txt)");
	private static final double TOLERATED_DIFFERENCE = 0.005;
	private static final double REQUIRED_ORDER = 0.9;

	static List<Path> examples() {
		return Workspaces.exampleFiles();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleRendersItsCorpusTextFaithfully(Path example) {
		String text = Workspaces.read(example);
		Matcher named = CORPUS_FILE.matcher(text.lines().findFirst().orElse(""));
		assertTrue(named.find(), example.getFileName() + " names its corpus text in its first line, as '// 001/12-….txt'");
		Path corpusFile = Workspaces.sharedFolder().resolve("corpus").resolve(named.group(1));
		assertTrue(Files.isRegularFile(corpusFile), "no corpus text " + corpusFile);

		List<String> published = CorpusWords.ofCorpus(Workspaces.read(corpusFile));
		List<String> rendered = CorpusWords.ofExample(text);
		List<String> missing = WordCount.missingFrom(published, rendered);
		// a report may print a text without its heading line ("Draft decision"): its words may be added
		String heading = text.lines().filter(line -> !line.isBlank() && !line.startsWith("//")).findFirst().orElse("");
		List<String> added = WordCount.missingFrom(WordCount.missingFrom(rendered, published),
				CorpusWords.ofExample(heading));
		assertTrue(missing.size() <= TOLERATED_DIFFERENCE * published.size(),
				example.getFileName() + " lacks words of " + named.group(1) + ": " + missing);
		assertTrue(added.size() <= TOLERATED_DIFFERENCE * rendered.size(),
				example.getFileName() + " has words that " + named.group(1) + " lacks: " + added);
		double inOrder = (double) CorpusWords.commonInOrder(published, rendered) / published.size();
		assertTrue(inOrder >= REQUIRED_ORDER, String.format("%s keeps only %.1f%% of the words of %s in their order",
				example.getFileName(), 100 * inOrder, named.group(1)));
	}

	@Test
	void comparisonDetectsAMissingParagraph() {
		List<String> published = CorpusWords.ofCorpus("1. Requests the Commis-\n sion to act;\n2. Invites States to help.");
		List<String> complete = CorpusWords.ofExample("// comment\n1. *Requests* the Commission to act;\n@report to CCPCJ session 21\n\n2. *Invites* States to help.");
		List<String> shortened = CorpusWords.ofExample("1. *Requests* the Commission to act.");
		assertTrue(CorpusWords.commonInOrder(published, complete) == published.size(), complete.toString());
		assertTrue(CorpusWords.commonInOrder(published, shortened) < published.size() - 2);
		assertEquals(List.of("invites", "states", "to", "help"), WordCount.missingFrom(published, shortened));
		assertEquals(List.of(), WordCount.missingFrom(published, complete));
	}
}
