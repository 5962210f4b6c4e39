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

@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class FootnoteValidationTest {

	@Inject
	private DocumentTester tester;

	/** Numbered through a report (from 49), and note 49 referenced twice as note 14 of 001/03 is. */
	private static final String VALID = resolution("""

			*Recalling* the report of the Secretary-General,[^49]

			1. *Takes note* of the report;[^50]

			2. *Requests* the Secretariat to act on the report.[^49]

			[^49]: [E/CN.15/2011/9].

			[^50]: [Ibid., vol. 2225, No. 39574].
			""");

	@Test
	void validFootnotesPass() {
		for (String code : new String[] { IssueCodes.UNDEFINED_FOOTNOTE, IssueCodes.UNREFERENCED_FOOTNOTE,
				IssueCodes.FOOTNOTE_ORDER, IssueCodes.DUPLICATE_FOOTNOTE, IssueCodes.IBID_WITHOUT_PREVIOUS }) {
			tester.assertNone(VALID, code);
		}
	}

	@Test
	void undefinedFootnote() {
		String text = resolution("\n1. *Requests* the Secretariat to act.[^7]\n");
		tester.singleAt(text, IssueCodes.UNDEFINED_FOOTNOTE, "[^7]", "7");
	}

	@Test
	void unreferencedFootnote() {
		String text = resolution("\n1. *Requests* the Secretariat to act.[^1]\n\n[^1]: [E/CN.15/2011/9].\n\n[^2]: [E/CN.15/2011/10].\n");
		tester.singleAt(text, IssueCodes.UNREFERENCED_FOOTNOTE, "[^2]:");
	}

	@Test
	void footnotesNumberedInOrderOfFirstReference() {
		String text = resolution("\n1. *Takes note* of the report;[^2]\n\n2. *Requests* the Secretariat to act.[^1]\n\n"
				+ "[^1]: [E/CN.15/2011/9].\n\n[^2]: [E/CN.15/2011/10].\n");
		tester.singleAt(text, IssueCodes.FOOTNOTE_ORDER, "act.[^1]", "1");
	}

	@Test
	void footnoteDefinedTwice() {
		String text = resolution("\n1. *Requests* the Secretariat to act.[^1]\n\n[^1]: [E/CN.15/2011/9].\n\n[^1]: [E/CN.15/2011/10].\n");
		tester.singleAt(text, IssueCodes.DUPLICATE_FOOTNOTE, "\n[^1]: [E/CN.15/2011/10]", "[^1]:");
	}

	@Test
	void ibidInFirstFootnote() {
		String text = resolution("\n1. *Requests* the Secretariat to act.[^1]\n\n[^1]: [Ibid., vol. 2225, No. 39574].\n");
		tester.single(text, IssueCodes.IBID_WITHOUT_PREVIOUS);
	}

	@Test
	void ibidMayReferToThePreviousTextOfAReport() {
		String text = resolution("\n1. *Requests* the Secretariat to act.[^68]\n\n[^68]: [Ibid., vol. 1582, No. 27627].\n");
		tester.assertNone(text, IssueCodes.IBID_WITHOUT_PREVIOUS);
	}
}
