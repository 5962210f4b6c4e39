package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example renders a corpus text, named in its first comment line, completely and without
 * additions: nearly all words of the published text appear in the example in the same order, and
 * nearly all of the example's words come from it. (Not all: the PDF text moves footnotes to page
 * ends and hyphenates some compounds at line ends.)
 */
class CorpusFidelityTest {

	private static final Pattern CORPUS_FILE = Pattern.compile("\\b(\\d{3}/\\d{2}-[\\w.-]+\\.txt)");
	private static final double REQUIRED_SHARE = 0.97;

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
		int common = CorpusWords.commonInOrder(published, rendered);
		double kept = (double) common / published.size();
		double own = (double) common / rendered.size();
		assertTrue(kept >= REQUIRED_SHARE, String.format("%s keeps only %.1f%% of the words of %s", example.getFileName(),
				100 * kept, named.group(1)));
		assertTrue(own >= REQUIRED_SHARE, String.format("only %.1f%% of the words of %s come from %s", 100 * own,
				example.getFileName(), named.group(1)));
	}

	@Test
	void comparisonDetectsAMissingParagraph() {
		List<String> published = CorpusWords.ofCorpus("1. Requests the Commis-\n sion to act;\n2. Invites States to help.");
		List<String> complete = CorpusWords.ofExample("// comment\n1. *Requests* the Commission to act;\n@report to CCPCJ session 21\n\n2. *Invites* States to help.");
		List<String> shortened = CorpusWords.ofExample("1. *Requests* the Commission to act.");
		assertTrue(CorpusWords.commonInOrder(published, complete) == published.size(), complete.toString());
		assertTrue(CorpusWords.commonInOrder(published, shortened) < published.size() - 2);
	}
}
