package org.unres.dsl.tests.validation;

import static org.unres.dsl.tests.Texts.resolution;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** References inside a text and to the library: paragraphs, annexes, bodies, officers. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class ReferenceValidationTest {

	@Inject
	private DocumentTester tester;

	private static final String WITH_SUBPARAGRAPHS = """

			1. *Requests* the Secretariat:

			(a) to act;

			(b) to consider:

			(i) the first matter;

			(ii) the second matter;

			2. *Decides* that the measures in %s shall apply, as set out in the %s to the present resolution.
			@report by %s to %s session 21 on "the measures"

			@annex
			# Measures
			""";

	private static String text(String paragraph, String annex, String officer, String body) {
		return resolution(WITH_SUBPARAGRAPHS.formatted(paragraph, annex, officer, body))
				+ "\n1. The first measure.\n";
	}

	@Test
	void existingTargetsPass() {
		String text = text("[paragraph 1 (b) (ii)] and [paragraph 1 (a)]", "[annex]", "UNODC-ED", "CCPCJ");
		for (String code : new String[] { IssueCodes.UNKNOWN_PARAGRAPH, IssueCodes.UNKNOWN_ANNEX,
				IssueCodes.UNKNOWN_OFFICER, IssueCodes.UNKNOWN_BODY }) {
			tester.assertNone(text, code);
		}
	}

	@Test
	void paragraphThatDoesNotExist() {
		String text = text("[paragraph 7]", "[annex]", "UNODC-ED", "CCPCJ");
		tester.singleAt(text, IssueCodes.UNKNOWN_PARAGRAPH, "[paragraph 7]", "7");
	}

	@Test
	void subParagraphThatDoesNotExist() {
		String text = text("[paragraph 1 (c)]", "[annex]", "UNODC-ED", "CCPCJ");
		tester.single(text, IssueCodes.UNKNOWN_PARAGRAPH);
	}

	@Test
	void annexThatDoesNotExist() {
		String text = text("[paragraph 1]", "[annex II]", "UNODC-ED", "CCPCJ");
		tester.single(text, IssueCodes.UNKNOWN_ANNEX);
	}

	@Test
	void officerThatDoesNotExist() {
		String text = text("[paragraph 1]", "[annex]", "NOBODY", "CCPCJ");
		tester.singleAt(text, IssueCodes.UNKNOWN_OFFICER, "NOBODY");
	}

	@Test
	void bodyThatDoesNotExist() {
		String text = text("[paragraph 1]", "[annex]", "UNODC-ED", "WIZARDS");
		tester.singleAt(text, IssueCodes.UNKNOWN_BODY, "WIZARDS");
	}
}
