package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
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
import org.w3c.dom.Element;

import com.google.inject.Inject;

/**
 * Footnotes link to their markers and back; citations link to the pages of the cited texts of the
 * same run, and stay text with a title otherwise; references to the text's own paragraphs link
 * inside the page.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class HtmlLinksTest {

	@Inject
	private DocumentTester tester;

	@Inject
	private HtmlGenerator generator;

	private static final String RESOLUTION_20_1 = """
			Resolution 20/1
			@body CCPCJ session 20
			@adopted 13 April 2011

			# Improving the governance and financial situation of the Office

			The Commission on Crime Prevention and Criminal Justice,

			1. *Requests* the Secretariat:

			(a) to act;

			(b) to report.
			""";

	private static final String RESOLUTION_20_9 = """
			Resolution 20/9
			@body CCPCJ session 20 reconvened
			@adopted 9 December 2011

			# Work of the working group

			The Commission on Crime Prevention and Criminal Justice,

			*Recalling* [its resolution 20/1 of 13 April 2011] and [paragraph 1 (b) of Commission resolution 20/1],

			*Recalling also* [General Assembly resolution 66/8 of 11 November 2011],

			1. *Requests* the working group to act.
			""";

	private PageDom page(Document document, PageLinks links) {
		PageDom page = PageDom.parse(generator.page(document, links));
		page.assertInPageLinksResolve();
		return page;
	}

	@Test
	void footnotesLinkToTheirMarkersAndBack() {
		Document document = tester.parse(Texts.resolution("""

				*Recalling* the Convention,[^1] and the Protocol thereto,[^2]

				1. *Requests* the Secretariat to apply the Convention[^1] and to report.

				[^1]: [United Nations, Treaty Series, vol. 2225, No. 39574].

				[^2]: [Ibid., vol. 2237, No. 39574].
				"""));
		PageDom page = page(document, PageLinks.byOutputName(List.of(document)));
		List<Element> markers = page.all("//sup[@class='footnote-ref']/a");
		assertEquals(List.of("1", "2", "1"), markers.stream().map(Element::getTextContent).toList());
		assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-2"), markers.stream().map(m -> m.getAttribute("id")).toList());
		assertEquals(List.of("#fn-1", "#fn-2", "#fn-1"), markers.stream().map(m -> m.getAttribute("href")).toList());

		assertEquals(List.of("fn-1", "fn-2"), page.all("//footer[@class='footnotes']/p[@class='footnote']").stream()
				.map(e -> e.getAttribute("id")).toList());
		assertEquals("#fnref-1", page.one("//p[@id='fn-1']/sup[@class='footnote-number']/a").getAttribute("href"));
		assertEquals("#fnref-1-2", page.one("//p[@id='fn-1']/a[@class='backref']").getAttribute("href"),
				"a note cited twice links back to both places");
		assertEquals("#fnref-2", page.one("//p[@id='fn-2']/sup/a").getAttribute("href"));
		assertEquals("1 United Nations, Treaty Series, vol. 2225, No. 39574. \u21912", page.text("//p[@id='fn-1']"));
		assertTrue(page.text("//p[@class='preambular']").endsWith("the Protocol thereto,2"), page.text("//p[@class='preambular']"));
	}

	@Test
	void citationOfATextGeneratedInTheSameRunLinksToItsPage() {
		ResourceSet workspace = tester.newWorkspace();
		Document cited = (Document) tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		Document citing = (Document) tester.parse(RESOLUTION_20_9, "20-9.unres", workspace);
		PageLinks links = PageLinks.byOutputName(List.of(cited, citing));
		PageDom page = page(citing, links);

		Element link = page.one("//p[@class='preambular'][1]/span[@class='citation'][1]/a");
		assertEquals("ccpcj-resolution-20-1.html", link.getAttribute("href"));
		assertEquals("its resolution 20/1 of 13 April 2011", link.getTextContent());
		assertEquals("Improving the governance and financial situation of the Office", link.getAttribute("title"));

		List<Element> paragraphLinks = page.all("//p[@class='preambular'][1]/span[@class='citation'][2]/a");
		assertEquals(List.of("paragraph 1 (b)", "Commission resolution 20/1"),
				paragraphLinks.stream().map(Element::getTextContent).toList());
		assertEquals("ccpcj-resolution-20-1.html#para-1-b", paragraphLinks.get(0).getAttribute("href"));
		assertEquals("ccpcj-resolution-20-1.html", paragraphLinks.get(1).getAttribute("href"));
		assertTrue(page(cited, links).ids().contains("para-1-b"), "the other page has the paragraph's anchor");
	}

	@Test
	void citationWithoutAPageIsTextWithATitle() {
		ResourceSet workspace = tester.newWorkspace();
		Document cited = (Document) tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		Document citing = (Document) tester.parse(RESOLUTION_20_9, "20-9.unres", workspace);
		assertTrue(cited.eResource() != null);
		// 20/1 is in the workspace but not generated in this run: no link to a page that is not there.
		PageDom page = page(citing, PageLinks.byOutputName(List.of(citing)));
		assertEquals(0, page.count("//a[not(starts-with(@href, '#'))]"));
		Element own = page.one("//p[@class='preambular'][1]/span[@class='citation'][1]");
		assertEquals("its resolution 20/1 of 13 April 2011", own.getTextContent());
		assertEquals("Commission on Crime Prevention and Criminal Justice resolution 20/1 of 13 April 2011",
				own.getAttribute("title"));
		Element external = page.one("//p[@class='preambular'][2]/span[@class='citation']");
		assertEquals("General Assembly resolution 66/8 of 11 November 2011", external.getTextContent());
		assertEquals("General Assembly resolution 66/8 of 11 November 2011", external.getAttribute("title"));
	}

	@Test
	void referencesToOwnParagraphsAreInPageLinks() {
		Document document = tester.parse(Texts.resolution("""

				1. *Requests* the Secretariat:

				(a) to act;

				(b) to report;

				2. *Decides* that the action referred to in [paragraphs 1 (a) and (b)] above shall be taken in accordance with [paragraph 1].
				"""));
		PageDom page = page(document, PageLinks.byOutputName(List.of(document)));
		List<Element> links = page.all("//div[@id='para-2']//span[@class='citation']/a");
		assertEquals(List.of("1 (a)", "(b)", "paragraph 1"), links.stream().map(Element::getTextContent).toList());
		assertEquals(List.of("#para-1-a", "#para-1-b", "#para-1"), links.stream().map(l -> l.getAttribute("href")).toList());
		assertEquals("2. Decides that the action referred to in paragraphs 1 (a) and (b) above shall be taken in"
				+ " accordance with paragraph 1.", page.text("//div[@id='para-2']/p"));
	}
}
