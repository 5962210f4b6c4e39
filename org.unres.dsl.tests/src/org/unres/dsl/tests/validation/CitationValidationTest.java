package org.unres.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unres.dsl.tests.Texts.resolution;

import org.eclipse.xtext.diagnostics.Severity;
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
class CitationValidationTest {

	@Inject
	private DocumentTester tester;

	private static String citing(String citation) {
		return resolution("\n*Recalling* " + citation + ",\n\n1. *Requests* the Secretariat to act.\n");
	}

	@Test
	void wellFormedCitationsPass() {
		String text = citing("[General Assembly resolution 66/8 of 11 November 2010], [Economic and Social Council"
				+ " resolutions 2004/26 of 21 July 2004 and 2008/23 of 24 July 2008], [its resolution 18/3],"
				+ " [E/CN.15/2011/22], [A/66/6 (Sect. 16) and Corr.1] and [United Nations, Treaty Series, vol. 2225, No. 39574]");
		for (String code : new String[] { IssueCodes.UNKNOWN_CITED_BODY, IssueCodes.MALFORMED_NUMBER,
				IssueCodes.INVALID_DATE, IssueCodes.DATE_AFTER_ADOPTION, IssueCodes.MALFORMED_SYMBOL,
				IssueCodes.MALFORMED_TREATY_CITATION, IssueCodes.SELF_CITATION }) {
			tester.assertNone(text, code);
		}
	}

	@Test
	void citationOutsideTheWorkspaceIsExternalNotAnError() {
		String text = citing("[General Assembly resolution 66/8 of 11 November 2010]");
		var issue = tester.singleAt(text, IssueCodes.EXTERNAL_CITATION, "66/8");
		assertEquals(Severity.INFO, issue.getSeverity());
		tester.issues(text).forEach(i -> assertEquals(Severity.INFO, i.getSeverity(), i.toString()));
	}

	@Test
	void unknownCitedBody() {
		String text = citing("[Council of Wizards resolution 12/3]");
		tester.singleAt(text, IssueCodes.UNKNOWN_CITED_BODY, "Council of Wizards");
	}

	@Test
	void numberNotAsTheBodyNumbersItsTexts() {
		String text = citing("[Economic and Social Council resolution 66/8]");
		tester.singleAt(text, IssueCodes.MALFORMED_NUMBER, "66/8");
	}

	@Test
	void impossibleDate() {
		String text = citing("[resolution 61/252 of 31 February 2006]");
		tester.singleAt(text, IssueCodes.INVALID_DATE, "31 February 2006");
	}

	@Test
	void citedDateAfterAdoption() {
		String text = citing("[General Assembly resolution 66/8 of 11 November 2011]");
		tester.singleAt(text, IssueCodes.DATE_AFTER_ADOPTION, "11 November 2011");
	}

	@Test
	void malformedDocumentSymbol() {
		String text = citing("[E/CN.15//22]");
		tester.singleAt(text, IssueCodes.MALFORMED_SYMBOL, "E/CN.15//22");
	}

	@Test
	void treatyCitedWithoutVolume() {
		String text = citing("[United Nations, Treaty Series, page 3]");
		tester.singleAt(text, IssueCodes.MALFORMED_TREATY_CITATION, "page 3");
	}

	@Test
	void textCitingItself() {
		String text = citing("[Commission resolution 20/99]");
		tester.singleAt(text, IssueCodes.SELF_CITATION, "20/99]", "20/99");
	}

	@Test
	void bodyNamedBeforeTheCitationIsItsAuthor() {
		String text = citing("the request of the General Assembly in its [resolution 64/71 of 4 December 2009]");
		var issue = tester.single(text, IssueCodes.EXTERNAL_CITATION);
		assertTrue(issue.getMessage().contains("GA resolution 64/71"), issue.getMessage());
		String own = citing("[its resolution 18/3 of 24 April 2009]");
		assertTrue(tester.single(own, IssueCodes.EXTERNAL_CITATION).getMessage().contains("CCPCJ resolution 18/3"));
	}
}
