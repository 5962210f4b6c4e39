package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.LetteredParagraph;
import org.unres.dsl.unres.NumberedParagraph;

import com.google.inject.Inject;

/** Prose stays prose: every keyword of the language, and every line-leading mark, is a word inside a sentence. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class ProseWordsTest {

	@Inject
	private DocumentTester tester;

	@Inject
	private IGrammarAccess grammar;

	@Test
	void everyKeywordIsAnOrdinaryWordInProse() {
		List<String> words = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(k -> k.chars().allMatch(Character::isLetter)).sorted().toList();
		assertFalse(words.isEmpty());
		for (String word : words) {
			String sentence = "the Secretariat to " + word + " and " + word + " again.";
			Document document = tester.parse(Texts.resolution("\n1. *Requests* " + sentence + "\n"));
			NumberedParagraph paragraph = EcoreUtil2.getAllContentsOfType(document, NumberedParagraph.class).get(0);
			assertEquals(sentence, ProseText.textOf(paragraph.getContent()), "the keyword '" + word + "' in prose");
		}
	}

	@Test
	void lineLeadingMarksInsideALineStayProse() {
		String sentence = "the Secretariat to apply 1. and (a) and a. and - marks inside a line.";
		Document document = tester.parse(Texts.resolution("\n1. *Requests* " + sentence + "\n"));
		assertEquals(1, EcoreUtil2.getAllContentsOfType(document, NumberedParagraph.class).size());
		assertEquals(0, EcoreUtil2.getAllContentsOfType(document, LetteredParagraph.class).size());
	}

	@Test
	void wrappedLinesContinueTheParagraph() {
		Document document = tester.parse(Texts.resolution(
				"\n1. *Requests* the Secretariat\nto report to the Commission\n(at its twenty-first session)\non the matter.\n"));
		NumberedParagraph paragraph = EcoreUtil2.getAllContentsOfType(document, NumberedParagraph.class).get(0);
		assertEquals("the Secretariat to report to the Commission (at its twenty-first session) on the matter.",
				ProseText.textOf(paragraph.getContent()));
	}

	@Test
	void commentOnTheFirstLine() {
		Document document = tester.parse("// renders 001/12\n" + Texts.valid());
		assertEquals("20/99", document.getDesignation());
	}
}
