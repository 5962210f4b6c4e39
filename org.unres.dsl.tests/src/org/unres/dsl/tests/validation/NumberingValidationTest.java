package org.unres.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.unres.dsl.tests.Texts.resolution;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.validation.IssueCodes;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class NumberingValidationTest {

	@Inject
	private DocumentTester tester;

	@Test
	void consecutiveNumbersAcrossHeadingsPass() {
		String text = resolution("""

				1. *Requests* the Secretariat:

				(a) to act;

				(b) to consider:

				(i) the first matter;

				(ii) the second matter;

				## Evaluation

				2. *Invites* Member States to help.
				""");
		tester.assertNone(text, IssueCodes.NUMBERING_SEQUENCE);
	}

	@Test
	void gapInParagraphNumbers() {
		String text = resolution("\n1. *Requests* the Secretariat to act;\n\n3. *Invites* Member States to help.\n");
		var issue = tester.singleAt(text, IssueCodes.NUMBERING_SEQUENCE, "\n3.", "3.");
		assertArrayEquals(new String[] { "2" }, issue.getData());
	}

	@Test
	void repeatedLetter() {
		String text = resolution("\n1. *Requests* the Secretariat:\n\n(a) to act;\n\n(a) to report.\n");
		var issue = tester.singleAt(text, IssueCodes.NUMBERING_SEQUENCE, "\n(a) to report", "(a)");
		assertArrayEquals(new String[] { "(b)" }, issue.getData());
	}

	@Test
	void romanNumeralsCountOnTheirOwnLevel() {
		String text = resolution("""

				1. *Requests* the Secretariat:

				(a) to consider:

				(i) the first matter;

				(iii) the second matter.
				""");
		tester.singleAt(text, IssueCodes.NUMBERING_SEQUENCE, "(iii)");
	}

	@Test
	void doesNotStartAtOne() {
		String text = resolution("\n2. *Requests* the Secretariat to act.\n");
		tester.singleAt(text, IssueCodes.NUMBERING_SEQUENCE, "\n2.", "2.");
	}
}
