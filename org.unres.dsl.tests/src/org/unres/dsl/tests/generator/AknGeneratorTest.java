package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.akn.AknIris;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.Texts;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.UnresFile;

import com.google.inject.Inject;

/**
 * Small inputs that together hold every kind of element, generated and read back: the output
 * validates against the official schema, and its structure, eIds, IRIs and references are the
 * ones AKN4UN prescribes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class AknGeneratorTest {

	/** A resolution with citations of every kind, a table, a heading, sub-paragraphs, a repeated footnote, a report and an annex. */
	static final String RESOLUTION = """
			Resolution 20/99
			@body CCPCJ session 20
			@adopted 9 December 2011 meeting 10

			# Testing the Akoma Ntoso generator

			The Commission on Crime Prevention and Criminal Justice,

			*Recalling* [General Assembly resolution 66/8 of 11 November 2011] and [Economic and Social Council resolutions 2004/26 of 21 July 2004 and 2008/23 of 24 July 2008],[^1]

			*Recalling also* [its resolution 18/3], [Economic and Social Council decision 2009/251 of 30 July 2009] and [resolution 46/152, annex],

			1. *Takes note* of the report of the Secretary-General;[^2]

			2. *Endorses* the estimates as indicated below;[^1]
			|+ Resource projections
			| *Category* | 2010-2011 |
			|---|---|
			| Post | 4 210.9 |

			## Measures

			3. *Calls upon* Member States:

			(a) to act as set out in [paragraph 2];[^3]

			(b) to consider:

			(i) the measures in the [annex] to the present resolution;

			(ii) the steps in [paragraphs 3 (a) and 3 (b) (i)] above;

			4. *Requests* the Executive Director of the United Nations Office on Drugs and Crime to report to the Commission at its twenty-first session.
			@report by UNODC-ED to CCPCJ session 21 on "the implementation of the present resolution"

			[^1]: [E/CN.15/2011/15].

			[^2]: See [Official Records of the Economic and Social Council, 2011, Supplement No. 10 (E/2011/30)] and [United Nations, Treaty Series, vol. 2225, No. 39574].

			[^3]: [Ibid., vol. 2349, No. 42146].

			@annex
			# The measures

			1. The first measure.
			""";

	static final String WORK = "/akn/un/statement/deliberation/un-ccpcj/2011-12-09/20-99";

	/** The operative part of the resolution itself, not of its annexes. */
	private static final String MAIN_BODY = "/a:akomaNtoso/a:statement/a:mainBody";

	@Inject
	private DocumentTester tester;

	@Inject
	private AknGenerator generator;

	@Inject
	private ParseHelper<UnresFile> parser;

	private AknXml generate(String text) {
		Document document = tester.parse(text);
		AknXml xml = AknXml.valid(generator.generate(document), "test.unres");
		xml.assertLocalReferencesResolve("test.unres");
		return xml;
	}

	private AknXml resolution() {
		List<Issue> errors = tester.issues(RESOLUTION).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), "the test input is a valid resolution: " + errors);
		return generate(RESOLUTION);
	}

	@Test
	void identificationFollowsAkn4un() {
		AknXml xml = resolution();
		assertEquals("resolution", xml.string("/a:akomaNtoso/a:statement/@name"));
		assertEquals("originalVersion", xml.string("/a:akomaNtoso/a:statement/@contains"));
		String work = "//a:meta/a:identification/a:FRBRWork/";
		assertEquals(WORK, xml.string(work + "a:FRBRuri/@value"));
		assertEquals(WORK + "/!main", xml.string(work + "a:FRBRthis/@value"));
		assertEquals("2011-12-09", xml.string(work + "a:FRBRdate/@date"));
		assertEquals("adoption", xml.string(work + "a:FRBRdate/@name"));
		assertEquals("un", xml.string(work + "a:FRBRcountry/@value"));
		assertEquals("deliberation", xml.string(work + "a:FRBRsubtype/@value"));
		assertEquals("20-99", xml.string(work + "a:FRBRnumber/@value"));
		assertEquals("20/99", xml.string(work + "a:FRBRnumber/@showAs"));
		assertEquals(WORK + "/eng@", xml.string("//a:FRBRExpression/a:FRBRuri/@value"));
		assertEquals(WORK + "/eng@/!main", xml.string("//a:FRBRExpression/a:FRBRthis/@value"));
		assertEquals("eng", xml.string("//a:FRBRExpression/a:FRBRlanguage/@language"));
		assertEquals(WORK + "/eng@.xml", xml.string("//a:FRBRManifestation/a:FRBRuri/@value"));
		assertEquals("xml", xml.string("//a:FRBRManifestation/a:FRBRformat/@value"));
		// AKN4UN: the actor of the IRI is the end of the href of the author's TLC entry
		String author = xml.string(work + "a:FRBRauthor/@href").substring(1);
		assertEquals("/akn/ontology/organization/un/un-ccpcj",
				xml.string("//a:references/a:TLCOrganization[@eId='" + author + "']/@href"));
		assertEquals("#author", xml.string(work + "a:FRBRauthor/@as"));
		assertEquals("Author", xml.string("//a:references/a:TLCRole[@eId='author']/@showAs"));
		assertEquals("2011-12-09", xml.string("//a:workflow/a:step/@date"));
		assertEquals("#" + author, xml.string("//a:workflow/a:step/@by"));
		assertEquals("10th meeting", xml.string("//a:TLCEvent[@eId=substring-after(//a:workflow/a:step/@refersTo, '#')]/@showAs"));
	}

	@Test
	void workIriOfTheApiMatchesTheDocument() {
		assertEquals(WORK, AknIris.workIri(tester.parse(RESOLUTION)));
	}

	@Test
	void prefaceAndPreamble() {
		AknXml xml = resolution();
		assertEquals("Resolution", xml.string("//a:preface//a:docType"));
		assertEquals("20/99", xml.string("//a:preface//a:docNumber"));
		assertEquals("Testing the Akoma Ntoso generator", xml.string("//a:preface//a:docTitle"));
		assertEquals("The Commission on Crime Prevention and Criminal Justice,",
				xml.string("//a:preamble/a:formula[@name='enactingFormula']/a:p"));
		assertEquals("#ccpcj", xml.string("//a:formula/a:p/a:organization/@refersTo"));
		assertEquals(List.of("recalling", "recallingAlso"), xml.strings("//a:preamble/a:container/@name"));
		assertEquals(List.of("preamble__container_1", "preamble__container_2"), xml.strings("//a:preamble/a:container/@eId"));
		assertEquals("Recalling", xml.string("//a:container[1]/a:p/a:i"));
		assertTrue(xml.string("//a:container[2]/a:p").startsWith("Recalling also its resolution 18/3, Economic and Social"),
				xml.string("//a:container[2]/a:p"));
	}

	@Test
	void operativeParagraphsAndSubParagraphs() {
		AknXml xml = resolution();
		assertEquals(List.of("para_1", "para_2", "sec_1__para_3", "sec_1__para_4"),
				xml.strings(MAIN_BODY + "//a:paragraph/@eId"));
		assertEquals(List.of("1.", "2.", "3.", "4."), xml.strings(MAIN_BODY + "//a:paragraph/a:num"));
		assertEquals("Takes note", xml.string("//a:paragraph[@eId='para_1']/a:content/a:p/a:i"));
		String list = "//a:paragraph[@eId='sec_1__para_3']/a:list[@eId='sec_1__para_3__list_1']";
		assertEquals("Calls upon Member States:", xml.string(list + "/a:intro[@eId='sec_1__para_3__list_1__intro']/a:p"));
		assertEquals(List.of("sec_1__para_3__list_1__point_a", "sec_1__para_3__list_1__point_b"),
				xml.strings(list + "/a:point/@eId"));
		assertEquals(List.of("(a)", "(b)"), xml.strings(list + "/a:point/a:num"));
		assertEquals(List.of("sec_1__para_3__list_1__point_b__list_1__point_i", "sec_1__para_3__list_1__point_b__list_1__point_ii"),
				xml.strings(list + "/a:point[2]/a:list/a:point/@eId"));
		assertEquals("to consider:", xml.string(list + "/a:point[2]/a:list/a:intro/a:p"));
	}

	@Test
	void headingsOpenSections() {
		AknXml xml = resolution();
		assertEquals("Measures", xml.string(MAIN_BODY + "/a:section[@eId='sec_1']/a:heading"));
		assertEquals(2, xml.count(MAIN_BODY + "/a:section/a:paragraph"));
		assertEquals(2, xml.count(MAIN_BODY + "/a:paragraph"));
	}

	@Test
	void tableStaysInItsParagraph() {
		AknXml xml = resolution();
		String table = "//a:paragraph[@eId='para_2']/a:content/a:table[@eId='para_2__table_1']";
		assertEquals("Resource projections", xml.string(table + "/a:caption"));
		assertEquals(List.of("Category", "2010-2011"), xml.strings(table + "/a:tr[1]/a:th"));
		assertEquals("Category", xml.string(table + "/a:tr[1]/a:th[1]/a:p/a:i"));
		assertEquals(List.of("Post", "4 210.9"), xml.strings(table + "/a:tr[2]/a:td"));
		assertEquals(2, xml.count(table + "/a:tr"), "the separator row is not a row");
	}

	@Test
	void footnoteReferencedTwiceIsWrittenOnceAndReferredToAgain() {
		AknXml xml = resolution();
		assertEquals(List.of("1", "2", "3"), xml.strings("//a:authorialNote/@marker"));
		String note = "//a:container[1]/a:p/a:sup[@class='footnote']/a:authorialNote";
		assertEquals("preamble__container_1__authorialNote_1", xml.string(note + "/@eId"));
		assertEquals("bottom", xml.string(note + "/@placement"));
		assertEquals("E/CN.15/2011/15.", xml.string(note + "/a:p"));
		assertEquals("#preamble__container_1__authorialNote_1",
				xml.string("//a:paragraph[@eId='para_2']//a:sup/a:noteRef[@marker='1']/@href"));
		assertEquals("sec_1__para_3__list_1__point_a__authorialNote_3",
				xml.string("//a:point[@eId='sec_1__para_3__list_1__point_a']//a:authorialNote/@eId"));
	}

	@Test
	void eachCitationKindHasItsIri() {
		AknXml xml = resolution();
		assertEquals("/akn/un/statement/deliberation/un-ga/2011-11-11/66-8",
				href(xml, "General Assembly resolution 66/8 of 11 November 2011"));
		assertEquals("Economic and Social Council resolutions 2004/26 of 21 July 2004 and 2008/23 of 24 July 2008",
				xml.string("//a:container[1]/a:p/a:mref"));
		assertEquals("/akn/un/statement/deliberation/un-ecosoc/2004-07-21/2004-26", href(xml, "2004/26 of 21 July 2004"));
		assertEquals("/akn/un/statement/deliberation/un-ecosoc/2008-07-24/2008-23", href(xml, "2008/23 of 24 July 2008"));
		// no date given and session 18 not in the library: a partial IRI without date
		assertEquals("/akn/un/statement/deliberation/un-ccpcj/18-3", href(xml, "its resolution 18/3"));
		assertEquals("/akn/un/statement/deliberation/un-ecosoc/2009-07-30/decision_2009-251",
				href(xml, "Economic and Social Council decision 2009/251 of 30 July 2009"));
		assertEquals("/akn/un/statement/deliberation/un-ga/46-152/!annex_1", href(xml, "resolution 46/152, annex"));
		assertEquals("/akn/un/doc/E-CN.15-2011-15", href(xml, "E/CN.15/2011/15"));
		assertEquals("/akn/un/doc/E-2011-30",
				href(xml, "Official Records of the Economic and Social Council, 2011, Supplement No. 10 (E/2011/30)"));
		assertEquals("/akn/un/act/treaty/unts_39574", href(xml, "United Nations, Treaty Series, vol. 2225, No. 39574"));
		assertEquals("/akn/un/act/treaty/unts_42146", href(xml, "Ibid., vol. 2349, No. 42146"));
	}

	@Test
	void paragraphAndAnnexReferencesPointIntoTheDocument() {
		AknXml xml = resolution();
		assertEquals("#para_2", href(xml, "paragraph 2"));
		assertEquals("paragraphs 3 (a) and 3 (b) (i)", xml.string("//a:point[a:num='(ii)']//a:mref"));
		assertEquals("#sec_1__para_3__list_1__point_a", href(xml, "3 (a)"));
		assertEquals("#sec_1__para_3__list_1__point_b__list_1__point_i", href(xml, "3 (b) (i)"));
		assertEquals("!annex_1", href(xml, "annex"));
	}

	@Test
	void reportingRequestIsMarkedUp() {
		AknXml xml = resolution();
		String paragraph = "//a:paragraph[@eId='sec_1__para_4']";
		assertEquals("#reportingRequest", xml.string(paragraph + "/@refersTo"));
		assertEquals("/akn/ontology/concept/un/reportingRequest", xml.string("//a:TLCConcept[@eId='reportingRequest']/@href"));
		assertEquals("Executive Director of the United Nations Office on Drugs and Crime",
				xml.string(paragraph + "//a:role[@refersTo='#unodc-ed']"));
		assertEquals("/akn/ontology/role/un/unodc-ed", xml.string("//a:TLCRole[@eId='unodc-ed']/@href"));
		assertEquals("twenty-first session", xml.string(paragraph + "//a:session[@value='21']"));
		assertEquals("#ccpcj-session-21", xml.string(paragraph + "//a:session/@refersTo"));
		assertEquals("/akn/ontology/event/un/un-ccpcj/session-21", xml.string("//a:TLCEvent[@eId='ccpcj-session-21']/@href"));
		String request = "//a:proprietary/u:reportingRequests/u:reportingRequest";
		assertEquals(1, xml.count(request));
		assertEquals("#sec_1__para_4", xml.string(request + "/@paragraph"));
		assertEquals("#unodc-ed", xml.string(request + "/@by"));
		assertEquals("the implementation of the present resolution", xml.string(request + "/@subject"));
		assertEquals("#ccpcj", xml.string(request + "/u:to/@body"));
		assertEquals("#ccpcj-session-21", xml.string(request + "/u:to/@session"));
	}

	@Test
	void titleInsideACitationAndARequestOfTwoReporters() {
		AknXml xml = generate(Texts.resolution("""

				*Recalling* [Economic and Social Council decision 2009/251 of 30 July 2009, entitled “Frequency of the reconvened sessions”],

				1. *Requests* the Secretariat and the Executive Director of the United Nations Office on Drugs and Crime to report to the Commission at its reconvened twentieth session and to the Commission on Narcotic Drugs at its reconvened fifty-fourth session.
				@report by SECRETARIAT, UNODC-ED to CCPCJ session 20 reconvened, also to CND session 54 reconvened
				"""));
		String ref = "//a:container/a:p/a:ref";
		assertEquals("/akn/un/statement/deliberation/un-ecosoc/2009-07-30/decision_2009-251", xml.string(ref + "/@href"));
		assertEquals("“Frequency of the reconvened sessions”", xml.string(ref + "/a:embeddedText"));
		assertEquals("Economic and Social Council decision 2009/251 of 30 July 2009, entitled “Frequency of the reconvened sessions”",
				xml.string(ref));
		String request = "//u:reportingRequest";
		assertEquals("#secretariat #unodc-ed", xml.string(request + "/@by"));
		assertEquals(List.of("#ccpcj-session-20-reconvened", "#cnd-session-54-reconvened"), xml.strings(request + "/u:to/@session"));
		assertEquals(List.of("reconvened twentieth session", "reconvened fifty-fourth session"),
				xml.strings("//a:paragraph//a:session"));
		assertEquals(List.of("Secretariat", "Executive Director of the United Nations Office on Drugs and Crime"),
				xml.strings("//a:paragraph//a:role"));
	}

	@Test
	void aRecurringRequestKeepsItsPeriodAndFirstYear() {
		AknXml xml = generate(Texts.resolution("""

				1. *Requests* the United Nations Office on Drugs and Crime to report biennially, starting in 2012, on patterns of trafficking in persons;
				@report by UNODC to CCPCJ every 2 years from 2012 on "patterns of trafficking in persons"

				2. *Also requests* the Secretariat to report annually on the implementation of resolutions.
				@report by SECRETARIAT to CCPCJ every year
				"""));
		String to = "//u:reportingRequest/u:to";
		assertEquals(List.of("2", "1"), xml.strings(to + "/@everyYears"));
		assertEquals(List.of("2012"), xml.strings(to + "/@from"));
		assertEquals(0, xml.count(to + "/@year | " + to + "/@session"), "a recurring request names no single session or year");
	}

	@Test
	void annexIsAnAttachedComponentOfTheWork() {
		AknXml xml = resolution();
		String doc = "//a:attachments/a:attachment[@eId='annex_1']/a:doc[@name='annex']";
		assertEquals(WORK + "/!annex_1", xml.string(doc + "/a:meta//a:FRBRWork/a:FRBRthis/@value"));
		assertEquals(WORK, xml.string(doc + "/a:meta//a:FRBRWork/a:FRBRuri/@value"));
		assertEquals(WORK + "/eng@/!annex_1", xml.string(doc + "/a:meta//a:FRBRExpression/a:FRBRthis/@value"));
		assertEquals("Annex", xml.string(doc + "/a:preface//a:docType"));
		assertEquals("The measures", xml.string(doc + "/a:preface//a:docTitle"));
		assertEquals("annex_1__para_1", xml.string(doc + "/a:mainBody/a:paragraph/@eId"));
		assertEquals("The first measure.", xml.string(doc + "/a:mainBody/a:paragraph/a:content/a:p"));
	}

	@Test
	void draftDecisionWithLetteredParagraphs() {
		AknXml xml = generate("""
				Draft decision I
				@body ECOSOC
				@recommended-by CCPCJ session 20

				# Report of the Commission on Crime Prevention and Criminal Justice on its twentieth session

				The Economic and Social Council:

				(a) *Takes note* of the report of the Commission on its twentieth session;

				(b) *Approves* the provisional agenda of its twenty-first session:

				(i) opening of the session;

				(ii) adoption of the report.
				""");
		assertEquals("decisionDraft", xml.string("/a:akomaNtoso/a:statement/@name"));
		// the draft's author is the body that recommends it; its date the year of that session
		assertEquals("/akn/un/statement/deliberation/un-ccpcj/2011-01-01/draft_decision_I_for_ecosoc",
				xml.string("//a:FRBRWork/a:FRBRuri/@value"));
		assertEquals("sessionYear", xml.string("//a:FRBRWork/a:FRBRdate/@name"));
		assertEquals("#ccpcj", xml.string("//a:FRBRWork/a:FRBRauthor/@href"));
		assertEquals("#ecosoc", xml.string("//a:formula/a:p/a:organization/@refersTo"));
		assertEquals("Draft decision", xml.string("//a:preface//a:docType"));
		assertEquals(List.of("para_a", "para_b"), xml.strings("//a:mainBody/a:paragraph/@eId"));
		assertEquals(List.of("(a)", "(b)"), xml.strings("//a:mainBody/a:paragraph/a:num"));
		assertEquals(List.of("para_b__list_1__point_i", "para_b__list_1__point_ii"),
				xml.strings("//a:paragraph[@eId='para_b']/a:list/a:point/@eId"));
		assertEquals(0, xml.count("//a:workflow"), "a draft is not adopted");
	}

	@Test
	void designationNotPrintedLeavesThePrefaceWithTheTitleAlone() {
		AknXml xml = generate("""
				Draft decision
				@body ECOSOC
				@recommended-by CCPCJ session 20 reconvened
				@designation-not-printed

				# Report of the Commission on its reconvened twentieth session

				The Economic and Social Council takes note of the report of the Commission on its reconvened twentieth session.
				""");
		assertEquals("decisionDraft", xml.string("/a:akomaNtoso/a:statement/@name"), "the kind is still known");
		assertEquals(0, xml.count("//a:preface//a:docType"));
		assertEquals("Report of the Commission on its reconvened twentieth session", xml.string("//a:preface//a:docTitle"));
	}

	@Test
	void adoptedDecisionCarriesItsKindInTheIri() {
		AknXml xml = generate("""
				Decision 20/1
				@body CCPCJ session 20
				@adopted 15 April 2011

				# Strengthening the Commission

				The Commission on Crime Prevention and Criminal Justice:

				(a) *Decides* to act;

				(b) *Requests* the Secretariat to help.
				""");
		assertEquals("decision", xml.string("/a:akomaNtoso/a:statement/@name"));
		assertEquals("/akn/un/statement/deliberation/un-ccpcj/2011-04-15/decision_20-1",
				xml.string("//a:FRBRWork/a:FRBRuri/@value"));
		assertEquals(List.of("para_a", "para_b"), xml.strings("//a:mainBody/a:paragraph/@eId"));
	}

	@Test
	void oneSentenceDecisionIsItsOwnParagraph() {
		AknXml xml = generate("""
				Decision 20/2
				@body CCPCJ session 20
				@adopted 15 April 2011

				# Report of the Secretary-General

				The Commission on Crime Prevention and Criminal Justice takes note of the report of the Secretary-General.
				""");
		assertEquals(0, xml.count("//a:preamble"));
		assertEquals("para_1", xml.string("//a:mainBody/a:paragraph/@eId"));
		assertEquals(0, xml.count("//a:mainBody/a:paragraph/a:num"));
		assertEquals("The Commission on Crime Prevention and Criminal Justice takes note of the report of the Secretary-General.",
				xml.string("//a:mainBody/a:paragraph/a:content/a:p"));
	}

	@Test
	void repeatedNumbersStillGiveUniqueEids() {
		AknXml xml = generate(Texts.resolution("""

				1. *Requests* the Secretariat to act;

				1. *Also requests* the Secretariat to report.
				"""));
		assertEquals(List.of("para_1", "para_1-dup2"), xml.strings("//a:mainBody/a:paragraph/@eId"));
	}

	@Test
	void documentWithoutActingBodyIsRefused() {
		Document document = tester.parse(Texts.valid().replace("@body CCPCJ session 20\n", ""));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> generator.generate(document));
		assertTrue(refused.getMessage().startsWith("test.unres:1:1: "), refused.getMessage());
		assertTrue(refused.getMessage().contains("no acting body"), refused.getMessage());
	}

	@Test
	void documentWithoutDateIsRefused() {
		Document document = tester.parse(Texts.valid().replace("@body CCPCJ session 20\n", "@body HRC\n")
				.replace("@adopted 15 April 2011 meeting 10\n", ""));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> generator.generate(document));
		assertTrue(refused.getMessage().contains("no date"), refused.getMessage());
	}

	@Test
	void documentWithSyntaxErrorsIsRefused() throws Exception {
		UnresFile file = parser.parse(Texts.valid() + "\n@report\n");
		assertTrue(!file.eResource().getErrors().isEmpty(), "the input has a syntax error");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> generator.generate((Document) file));
		assertTrue(refused.getMessage().contains("syntax errors"), refused.getMessage());
	}

	/** The href of the one ref whose text is exactly this. */
	private static String href(AknXml xml, String text) {
		String expression = "//a:ref[. = '" + text + "']/@href";
		assertEquals(1, xml.count(expression), "one ref reads '" + text + "'");
		return xml.string(expression);
	}
}
