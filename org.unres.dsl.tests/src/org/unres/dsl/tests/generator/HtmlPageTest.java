package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.Texts;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.unres.Document;

import com.google.inject.Inject;

/** A page has the parts of a UN text, in its layout, each in the element the style sheet expects. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class HtmlPageTest {

	@Inject
	private DocumentTester tester;

	@Inject
	private HtmlGenerator generator;


	private PageDom page(String text) {
		Document document = tester.parse(text);
		String html = generator.page(document, PageLinks.byOutputName(List.of(document)));
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"), html);
		PageDom dom = PageDom.parse(html);
		dom.assertInPageLinksResolve();
		return dom;
	}

	@Test
	void headOfThePage() {
		PageDom page = page(Texts.HEADING.replace("@adopted", "@symbol E/2011/30\n@adopted") + Texts.VALID_BODY);
		assertEquals("Resolution 20/99: Testing the editorial rules", page.text("/html/head/title"));
		assertEquals("utf-8", page.one("/html/head/meta[@charset]").getAttribute("charset"));
		assertTrue(page.text("/html/head/style").contains("font-family"), "the style sheet is embedded");
		assertEquals(0, page.count("//link | //script"), "the page needs no other file");
		assertEquals("United Nations", page.text("//header[@class='masthead']//p[@class='organization']"));
		assertEquals("Commission on Crime Prevention and Criminal Justice", page.text("//p[@class='body-name']"));
		assertEquals("E/2011/30", page.text("//p[@class='symbol']"));
		assertEquals("Twentieth session", page.text("//p[@class='session']"));
		assertEquals("Adopted at the 10th meeting, on 15 April 2011", page.text("//p[@class='adoption']"));
		assertEquals("Resolution 20/99", page.text("//h1/span[@class='designation']"));
		assertEquals("Testing the editorial rules", page.text("//h1/span[@class='title']"));
	}

	@Test
	void designationNotPrintedStandsWithTheFactsAndTheHeadingIsTheTitle() {
		PageDom page = page("""
				Draft decision
				@body ECOSOC
				@designation-not-printed

				# Report of the Commission on its reconvened twentieth session

				The Economic and Social Council takes note of the report of the Commission on its reconvened twentieth session.
				""");
		assertEquals("Report of the Commission on its reconvened twentieth session", page.text("//h1"));
		assertEquals("Draft decision", page.text("//div[@class='circumstances']/p[@class='designation']"));
		assertEquals("Draft decision: Report of the Commission on its reconvened twentieth session", page.text("/html/head/title"));
	}

	@Test
	void actingBodyPreambleAndOperativePart() {
		PageDom page = page(Texts.valid());
		assertEquals("The Commission on Crime Prevention and Criminal Justice,", page.text("//p[@class='formula']"));
		assertEquals("The Commission on Crime Prevention and Criminal Justice", page.text("//p[@class='formula']/i"));
		assertEquals(List.of("Recalling", "Deeply concerned"), page.texts("//p[@class='preambular']/i[@class='opener']"));
		assertEquals("Recalling its resolution 18/3 of 24 April 2009,", page.texts("//p[@class='preambular']").get(0));
		assertEquals(List.of("1.", "2."), page.texts("//div[@class='operative']/div/p/span[@class='label']"));
		assertEquals(List.of("Requests", "Also requests"), page.texts("//div[@class='operative']/div/p/i[@class='verb']"));
		assertEquals("2. Also requests the Secretariat to report.", page.text("//div[@id='para-2']/p"));
	}

	@Test
	void subParagraphsNestUnderTheirParagraph() {
		PageDom page = page(Texts.resolution("""

				1. *Requests* the Secretariat:

				(a) to act:

				(i) at once;

				(ii) thoroughly;

				(b) to report.
				"""));
		assertEquals(List.of("para-1-a", "para-1-b"), page.all("//div[@id='para-1']/div[contains(@class, 'paragraph')]")
				.stream().map(e -> e.getAttribute("id")).toList());
		assertEquals(List.of("(i)", "(ii)"), page.texts("//div[@id='para-1-a']/div/p/span[@class='label']"));
		assertEquals("paragraph level-2", page.one("//div[@id='para-1-a-ii']").getAttribute("class"));
		assertEquals("(ii) thoroughly;", page.text("//div[@id='para-1-a-ii']/p"));
	}

	@Test
	void headingsTablesAndListsInTheirPlace() {
		PageDom page = page(Texts.resolution("""

				## Budget

				1. *Endorses* the estimates as indicated below;

				|+ Resource projections
				| *Category* | *Resources* | | *Posts* |
				| | *2010-2011* | *2012-2013* | |
				|---|---|---|---|
				| General-purpose funds | | | |
				| Post | 4 210.9 | 8 153.7 | 14 |
				| Total | 186 686.3 | 232 290.9 | 54 |

				2. *Notes* the documents:

				- the report of the Secretary-General;
				- the note by the Secretariat.
				@report by SG to CCPCJ session 21 on "progress in the matter"

				## Documentation

				- Report of the Secretary-General
				- Note by the Secretariat
				"""));
		assertEquals("Resource projections", page.text("//div[@id='para-1']/table/caption"));
		assertEquals(2, page.count("//div[@id='para-1']/table/thead/tr"));
		assertEquals("2", page.one("//thead/tr[1]/th[2]").getAttribute("colspan"), "an empty header cell continues the one before");
		assertEquals("Resources", page.text("//thead/tr[1]/th[2]/i"));
		assertEquals("group", page.one("//tbody/tr[1]").getAttribute("class"));
		assertEquals(List.of("Post", "4 210.9", "8 153.7", "14"), page.texts("//tbody/tr[2]/td"));
		assertEquals("", page.one("//tbody/tr[2]").getAttribute("class"));
		assertEquals("figure", page.one("//tbody/tr[2]/td[2]").getAttribute("class"));
		assertEquals("", page.one("//tbody/tr[2]/td[1]").getAttribute("class"));
		assertEquals("total", page.one("//tbody/tr[3]").getAttribute("class"));
		assertEquals(List.of("the report of the Secretary-General;", "the note by the Secretariat."),
				page.texts("//div[@id='para-2']/ul/li"));
		assertFalse(page.text("/html/body").contains("progress in the matter"), "a reporting request is not printed");
		assertEquals(List.of("Budget", "Documentation"), page.texts("//div[@class='operative']/h2"));
		assertEquals(List.of("Report of the Secretary-General", "Note by the Secretariat"),
				page.texts("//div[@class='operative']/ul[preceding-sibling::h2[1] = 'Documentation']/li"));
		assertEquals(1, page.count("//div[@class='operative']/ul"), "items under a heading form one list");
	}

	@Test
	void annexWithItsOwnParagraphs() {
		PageDom page = page(Texts.resolution("""

				1. *Adopts* the terms of reference contained in the [annex] to the present resolution.

				@annex
				# Terms of reference

				1. *Objective:* to review the programme;

				2. *Outputs:* as in [paragraph 1].
				"""));
		assertEquals("Annex Terms of reference", page.text("//section[@class='annex']/h2"));
		assertEquals("#annex-1", page.one("//div[@id='para-1']//span[@class='citation']/a").getAttribute("href"));
		assertEquals(List.of("Objective:", "Outputs:"), page.texts("//section[@id='annex-1']//i[@class='verb']"));
		assertEquals("#annex-1-para-1", page.one("//div[@id='annex-1-para-2']//a").getAttribute("href"),
				"a reference inside the annex means the annex's paragraph");
	}

	@Test
	void attachmentIsHeadedByItsTitleAloneLikeThePrintedText() {
		PageDom page = page(Texts.resolution("""

				1. *Approves* the provisional agenda set out below.

				@attachment
				# Provisional agenda

				1. Election of officers.

				@attachment
				"""));
		assertEquals(List.of("Provisional agenda", "Attachment"), page.texts("//section[@class='annex']/h2"),
				"an untitled attachment needs a label; a titled one is printed under its title");
		assertEquals(0, page.count("//section[@class='annex'][1]//*[@class='annex-label']"));
	}

	@Test
	void indexListsEveryDocument() {
		var workspace = tester.newWorkspace();
		Document adopted = (Document) tester.parse(Texts.valid(), "20-99.unres", workspace);
		Document draft = (Document) tester.parse("""
				Draft resolution II
				@recommended-by CCPCJ session 20
				@body GA

				# Technical assistance

				The General Assembly,

				1. *Requests* the Secretary-General to act.
				""", "draft.unres", workspace);
		PageLinks links = PageLinks.byOutputName(List.of(adopted, draft));
		PageDom index = PageDom.parse(generator.index(List.of(adopted, draft), links));
		assertEquals(List.of("Kind", "Number", "Title", "Acting body", "Adoption"), index.texts("//table/thead/tr/th"));
		assertEquals(List.of("Resolution", "20/99", "Testing the editorial rules",
				"Commission on Crime Prevention and Criminal Justice", "15 April 2011"), index.texts("//tbody/tr[1]/td"));
		assertEquals("ccpcj-resolution-20-99.html", index.one("//tbody/tr[1]/td[3]/a").getAttribute("href"));
		assertEquals(List.of("Draft resolution", "II", "Technical assistance", "General Assembly",
				"Recommended by the Commission on Crime Prevention and Criminal Justice at its twentieth session"),
				index.texts("//tbody/tr[2]/td"));
		assertEquals("ccpcj-20-draft-resolution-ii-for-ga.html", index.one("//tbody/tr[2]/td[3]/a").getAttribute("href"));
	}
}
