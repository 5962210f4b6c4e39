package org.unres.dsl.tests.validation;

import static org.unres.dsl.tests.Texts.resolution;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.Texts;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.validation.IssueCodes;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class PunctuationValidationTest {

	@Inject
	private DocumentTester tester;

	@Test
	void validTextPasses() {
		String text = Texts.valid();
		tester.assertNone(text, IssueCodes.PREAMBLE_PUNCTUATION);
		tester.assertNone(text, IssueCodes.OPERATIVE_PUNCTUATION);
		tester.assertNone(text, IssueCodes.LAST_PARAGRAPH_PUNCTUATION);
		tester.assertNone(text, IssueCodes.LEAD_IN_PUNCTUATION);
	}

	@Test
	void preambleEndsWithComma() {
		String text = resolution("\n*Recalling* its resolution 18/3;\n\n1. *Requests* the Secretariat to act.\n");
		tester.singleAt(text, IssueCodes.PREAMBLE_PUNCTUATION, "its resolution 18/3;");
	}

	@Test
	void operativeEndsWithSemicolon() {
		String text = resolution("\n1. *Requests* the Secretariat to act.\n\n2. *Invites* Member States to help.\n");
		tester.singleAt(text, IssueCodes.OPERATIVE_PUNCTUATION, "the Secretariat to act.");
	}

	@Test
	void lastParagraphEndsWithFullStop() {
		String text = resolution("\n1. *Requests* the Secretariat to act;\n\n2. *Invites* Member States to help;\n");
		tester.singleAt(text, IssueCodes.LAST_PARAGRAPH_PUNCTUATION, "Member States to help;");
	}

	@Test
	void footnoteMarkerAfterFullStopCounts() {
		String text = resolution("\n1. *Requests* the Secretariat to act.[^1]\n\n[^1]: [E/CN.15/2011/22].\n");
		tester.assertNone(text, IssueCodes.LAST_PARAGRAPH_PUNCTUATION);
	}

	@Test
	void semicolonAndBeforeLastItem() {
		String text = resolution("\n1. *Requests* the Secretariat:\n\n(a) to act; and\n\n(b) to report.\n");
		tester.assertNone(text, IssueCodes.OPERATIVE_PUNCTUATION);
		tester.assertNone(text, IssueCodes.LEAD_IN_PUNCTUATION);
	}

	@Test
	void leadInEndsWithColon() {
		String text = resolution("\n1. *Requests* the Secretariat\n\n(a) to act;\n\n(b) to report.\n");
		tester.singleAt(text, IssueCodes.LEAD_IN_PUNCTUATION, "the Secretariat");
	}

	@Test
	void subParagraphsFollowTheSameRules() {
		String text = resolution("\n1. *Requests* the Secretariat:\n\n(a) to act\n\n(b) to report.\n");
		tester.singleAt(text, IssueCodes.OPERATIVE_PUNCTUATION, "to act");
	}
}
