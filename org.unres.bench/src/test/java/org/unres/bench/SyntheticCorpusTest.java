package org.unres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

	@Test
	void generatedCorporaValidateWithoutErrorsOrWarnings() {
		for (long seed : new long[] { 1, 42, 2026 }) {
			List<SyntheticText> texts = new SyntheticCorpus(seed).texts(120);
			List<Issue> issues = LoadedCorpus.parse(texts).validateAll().stream()
					.filter(issue -> issue.getSeverity() != Severity.INFO).toList();
			assertEquals("", issues.stream().map(Issue::toString).collect(Collectors.joining("\n")), "seed " + seed);
		}
	}

	@Test
	void citationsBetweenTheTextsLinkRatherThanStayExternal() {
		List<SyntheticText> texts = new SyntheticCorpus(7).texts(60);
		long citations = texts.stream().filter(text -> text.content().contains("[Economic and Social Council resolution")).count();
		assertTrue(citations > 10, "the corpus cites its own texts");
		// An unlinked citation is reported as an information ("external citation"); linked ones are silent.
		List<Issue> infos = LoadedCorpus.parse(texts).validateAll().stream()
				.filter(issue -> issue.getSeverity() == Severity.INFO).toList();
		assertEquals(List.of(), infos);
	}

	@Test
	void aLongTextOfTwoThousandParagraphsValidatesLikeTheOthers() {
		SyntheticCorpus corpus = new SyntheticCorpus(1);
		List<SyntheticText> texts = new java.util.ArrayList<>(corpus.texts(20));
		SyntheticText longText = corpus.text(20, 2000);
		texts.add(longText);
		assertEquals(2000, longText.content().lines().filter(line -> line.matches("\\d+\\. \\*.*")).count(),
				"2,000 numbered operative paragraphs");
		assertEquals(corpus.text(20).content().lines().limit(8).toList(), longText.content().lines().limit(8).toList(),
				"the heading is that of text 20");
		List<Issue> issues = LoadedCorpus.parse(texts).validateAll().stream()
				.filter(issue -> issue.getSeverity() != Severity.INFO).toList();
		assertEquals("", issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
	}

	@Test
	void theCorpusHasTheStructureOfRealTexts() {
		String all = new SyntheticCorpus(3).texts(100).stream().map(SyntheticText::content).collect(Collectors.joining());
		for (String feature : new String[] { "\n(a) ", "\n(i) ", "\n|---|", "\n[^1]: ", "\n## ", "[paragraph ",
				"\n@report by SG", " also* ", "*Also " }) {
			assertTrue(all.contains(feature), "the corpus contains " + feature.strip());
		}
	}

	@Test
	void theSameSeedGivesTheSameTextsAndAnotherSeedOthers() {
		assertEquals(new SyntheticCorpus(5).texts(30), new SyntheticCorpus(5).texts(30));
		assertEquals(new SyntheticCorpus(5).texts(30).subList(0, 10), new SyntheticCorpus(5).texts(10));
		assertNotEquals(new SyntheticCorpus(5).texts(30), new SyntheticCorpus(6).texts(30));
	}
}
