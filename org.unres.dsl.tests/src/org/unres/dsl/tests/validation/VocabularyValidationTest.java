package org.unres.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unres.dsl.tests.Texts.resolution;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.Texts;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.validation.IssueCodes;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class VocabularyValidationTest {

	@Inject
	private DocumentTester tester;

	@Test
	void knownOpenersAndVerbsPass() {
		String text = Texts.valid();
		tester.assertNone(text, IssueCodes.UNKNOWN_OPENER);
		tester.assertNone(text, IssueCodes.UNKNOWN_VERB);
		tester.assertNone(text, IssueCodes.ADVERB_BEFORE_PLAIN_USE);
	}

	@Test
	void misspeltOpenerGetsSuggestion() {
		String text = resolution("\n*Recallling* its resolution 18/3,\n\n1. *Requests* the Secretariat to act.\n");
		Issue issue = tester.singleAt(text, IssueCodes.UNKNOWN_OPENER, "*Recallling*");
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("did you mean 'Recalling'"), issue.getMessage());
		assertArrayEquals(new String[] { "Recalling" }, issue.getData());
	}

	@Test
	void openerWithModifierKeepsModifierInSuggestion() {
		String text = resolution("\n*Recallling also* its resolution 18/3,\n\n1. *Requests* the Secretariat to act.\n");
		assertArrayEquals(new String[] { "Recalling also" }, tester.single(text, IssueCodes.UNKNOWN_OPENER).getData());
	}

	@Test
	void operativeVerbInPreambleIsFlagged() {
		String text = resolution("\n*Requests* its resolution 18/3,\n\n1. *Requests* the Secretariat to act.\n");
		tester.singleAt(text, IssueCodes.VERB_IN_PREAMBLE, "*Requests*");
		tester.assertNone(Texts.valid(), IssueCodes.VERB_IN_PREAMBLE);
	}

	@Test
	void misspeltVerbGetsSuggestion() {
		String text = resolution("\n1. *Reqests* the Secretariat to act.\n");
		Issue issue = tester.singleAt(text, IssueCodes.UNKNOWN_VERB, "*Reqests*");
		assertTrue(issue.getMessage().contains("did you mean 'Requests'"), issue.getMessage());
	}

	@Test
	void unknownVerbWithoutNearMissSaysHowToDeclareIt() {
		String text = resolution("\n1. *Xyzzyfies* the Secretariat.\n");
		Issue issue = tester.single(text, IssueCodes.UNKNOWN_VERB);
		assertTrue(issue.getMessage().contains("verb \"Xyzzyfies\""), issue.getMessage());
	}

	@Test
	void operativeParagraphWithoutMarkedVerb() {
		String text = resolution("\n1. The Secretariat is requested to act.\n");
		tester.singleAt(text, IssueCodes.MISSING_VERB, "1.");
		tester.assertNone(Texts.valid(), IssueCodes.MISSING_VERB);
	}

	@Test
	void subParagraphsNeedNoVerb() {
		String text = resolution("\n1. *Requests* the Secretariat:\n\n(a) to act;\n\n(b) to report.\n");
		tester.assertNone(text, IssueCodes.MISSING_VERB);
	}

	@Test
	void alsoBeforePlainVerb() {
		String text = resolution("\n1. *Also requests* the Secretariat to act;\n\n2. *Requests* the Secretariat to report.\n");
		tester.singleAt(text, IssueCodes.ADVERB_BEFORE_PLAIN_USE, "*Also requests*");
	}

	@Test
	void alsoBeforePlainOpener() {
		String text = resolution("\n*Recalling also* its resolution 18/3,\n\n1. *Requests* the Secretariat to act.\n");
		tester.singleAt(text, IssueCodes.ADVERB_BEFORE_PLAIN_USE, "*Recalling also*");
	}

	@Test
	void workspaceLibraryExtendsVocabulary() {
		String text = resolution("\n*Noting furthermore* its resolution 18/3,\n\n1. *Xyzzyfies* the Secretariat.\n");
		ResourceSet workspace = tester.newWorkspace();
		tester.parse("library Drafting\n\nopener \"Noting furthermore\"\n\nverb \"Xyzzyfies\"\n", "drafting.unres", workspace);
		var document = tester.parse(text, "test.unres", workspace);
		var issues = tester.issues(document.eResource());
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.UNKNOWN_OPENER.equals(i.getCode())
				|| IssueCodes.UNKNOWN_VERB.equals(i.getCode())), issues.toString());
	}

	@Test
	void decisionParagraphMayOpenLikeAPreamble() {
		String decision = """
				Decision 20/98
				@body CCPCJ session 20

				# A decision

				At its 10th meeting, on 15 April 2011, the Commission on Crime Prevention and Criminal Justice:

				(a) *Recalling* its decision 19/1, decided to hold a meeting;

				(b) *Also decided* to meet again.
				""";
		tester.assertNone(decision, IssueCodes.UNKNOWN_VERB);
		tester.single(Texts.resolution("\n1. *Recalling* its decision 19/1, decides to meet.\n"), IssueCodes.UNKNOWN_VERB);
	}

	@Test
	void alsoAfterTheVerbInPlainText() {
		String text = resolution("\n1. *Takes note* of the report and decides to renew the mandate;\n\n2. *Also decides* to meet.\n");
		tester.assertNone(text, IssueCodes.ADVERB_BEFORE_PLAIN_USE);
	}
}
