package org.unres.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unres.dsl.tests.Texts.resolution;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.validation.IssueCodes;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class ReportingRequestValidationTest {

	@Inject
	private DocumentTester tester;

	private static String requesting(String session, String report) {
		return resolution("\n1. *Requests* the Executive Director to report to the Commission at its " + session
				+ " on the implementation of the present resolution.\n" + report + "\n");
	}

	@Test
	void requestIsModelled() {
		String text = requesting("twenty-first session",
				"@report by UNODC-ED to CCPCJ session 21, also to ECOSOC in 2012 on \"the implementation\"");
		ReportingRequest request = EcoreUtil2.getAllContentsOfType(tester.parse(text), ReportingRequest.class).get(0);
		assertEquals("UNODC-ED", request.getReporters().get(0).getName());
		assertEquals(2, request.getTargets().size());
		assertEquals("CCPCJ", request.getTargets().get(0).getBody().getName());
		assertEquals(21, request.getTargets().get(0).getSession().getNumber());
		assertEquals("ECOSOC", request.getTargets().get(1).getBody().getName());
		assertTrue(request.getSubject().contains("implementation"));
	}

	@Test
	void recurringRequestIsModelledAndItsPeriodChecked() {
		String every = requesting("twenty-first session", "@report by UNODC-ED to CCPCJ every 2 years from 2012");
		var target = EcoreUtil2.getAllContentsOfType(tester.parse(every), ReportingRequest.class).get(0).getTargets().get(0);
		assertEquals(2, target.getRecurrence().getPeriod());
		assertEquals(2012, target.getRecurrence().getFrom());
		tester.assertNone(every, IssueCodes.REPORT_PERIOD);
		tester.assertNone(requesting("twenty-first session", "@report to CCPCJ every year"), IssueCodes.REPORT_PERIOD);
		tester.singleAt(requesting("twenty-first session", "@report to CCPCJ every 1 years"), IssueCodes.REPORT_PERIOD, "every 1 years", "1");
		// the words of the recurrence are words of prose too (parse fails on a syntax error)
		tester.parse(resolution("\n1. *Notes* that every year from 2012 the years of reporting vary.\n"));
	}

	@Test
	void severalReporters() {
		String text = requesting("twenty-first session", "@report by SECRETARIAT, WORKING-GROUP to CCPCJ session 21");
		ReportingRequest request = EcoreUtil2.getAllContentsOfType(tester.parse(text), ReportingRequest.class).get(0);
		assertEquals(2, request.getReporters().size());
		assertEquals("WORKING-GROUP", request.getReporters().get(1).getName());
	}

	@Test
	void laterSessionPasses() {
		String text = requesting("twenty-first session", "@report by UNODC-ED to CCPCJ session 21");
		tester.assertNone(text, IssueCodes.REPORT_SESSION_NOT_LATER);
		tester.assertNone(text, IssueCodes.REPORT_SESSION_NOT_IN_TEXT);
		tester.assertNone(text, IssueCodes.REPORT_WITHOUT_PARAGRAPH);
	}

	@Test
	void reconvenedPartOfTheAdoptingSessionCountsAsLater() {
		String text = requesting("reconvened twentieth session", "@report by UNODC-ED to CCPCJ session 20 reconvened");
		tester.assertNone(text, IssueCodes.REPORT_SESSION_NOT_LATER);
		tester.assertNone(text, IssueCodes.REPORT_SESSION_NOT_IN_TEXT);
	}

	@Test
	void adoptingSessionIsNotLater() {
		String text = requesting("twentieth session", "@report by UNODC-ED to CCPCJ session 20");
		var issue = tester.singleAt(text, IssueCodes.REPORT_SESSION_NOT_LATER, "to CCPCJ session 20", "session 20");
		assertTrue(issue.getMessage().contains("twenty-first session"), issue.getMessage());
	}

	@Test
	void earlierSessionIsNotLater() {
		String text = requesting("nineteenth session", "@report by UNODC-ED to CCPCJ session 19");
		tester.single(text, IssueCodes.REPORT_SESSION_NOT_LATER);
	}

	@Test
	void textMustNameTheRequestedSession() {
		String text = requesting("twenty-second session", "@report by UNODC-ED to CCPCJ session 21");
		tester.singleAt(text, IssueCodes.REPORT_SESSION_NOT_IN_TEXT, "session 21");
	}

	@Test
	void requestOutsideAParagraph() {
		String text = resolution("\n*Recalling* its resolution 18/3,\n@report by UNODC-ED to CCPCJ session 21\n\n"
				+ "1. *Requests* the Executive Director to report to the Commission at its twenty-first session.\n");
		tester.single(text, IssueCodes.REPORT_WITHOUT_PARAGRAPH);
	}
}
