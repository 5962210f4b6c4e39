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
class DocumentValidationTest {

	@Inject
	private DocumentTester tester;

	private static final String OPERATIVE = "\n1. *Requests* the Secretariat to act.\n";

	@Test
	void validHeadingPasses() {
		String text = Texts.valid();
		for (String code : new String[] { IssueCodes.MISSING_ACTING_BODY, IssueCodes.DUPLICATE_METADATA,
				IssueCodes.MISSING_FORMULA, IssueCodes.FORMULA_NAMES_OTHER_BODY, IssueCodes.NO_OPERATIVE_PARAGRAPH,
				IssueCodes.PREAMBLE_AFTER_OPERATIVE, IssueCodes.MISSING_NUMBER }) {
			tester.assertNone(text, code);
		}
	}

	@Test
	void missingActingBody() {
		String text = Texts.valid().replace("@body CCPCJ session 20\n", "");
		tester.singleAt(text, IssueCodes.MISSING_ACTING_BODY, "Resolution");
	}

	@Test
	void repeatedHeadingLine() {
		String text = Texts.valid().replace("@body CCPCJ session 20\n", "@body CCPCJ session 20\n@body CCPCJ session 20\n");
		tester.single(text, IssueCodes.DUPLICATE_METADATA);
	}

	@Test
	void missingFormula() {
		String text = Texts.valid().replace("The Commission on Crime Prevention and Criminal Justice,\n", "");
		tester.single(text, IssueCodes.MISSING_FORMULA);
	}

	@Test
	void formulaNamesAnotherBody() {
		String text = Texts.valid().replace("The Commission on Crime Prevention and Criminal Justice,", "The General Assembly,");
		tester.singleAt(text, IssueCodes.FORMULA_NAMES_OTHER_BODY, "The General Assembly,");
	}

	@Test
	void resolutionWithoutOperativePart() {
		String text = resolution("\n*Recalling* its resolution 18/3,\n");
		tester.single(text, IssueCodes.NO_OPERATIVE_PARAGRAPH);
	}

	@Test
	void preambleAfterOperativePart() {
		String text = resolution(OPERATIVE + "\n*Recalling* its resolution 18/3,\n");
		tester.singleAt(text, IssueCodes.PREAMBLE_AFTER_OPERATIVE, "*Recalling*");
	}

	@Test
	void adoptedTextWithoutNumber() {
		String text = Texts.valid().replace("Resolution 20/99", "Resolution");
		tester.singleAt(text, IssueCodes.MISSING_NUMBER, "Resolution");
		tester.assertNone(text.replace("Resolution\n", "Draft resolution\n@recommended-by CCPCJ session 20\n"),
				IssueCodes.MISSING_NUMBER);
	}
}
