package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.tests.Workspaces;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.Table;
import org.w3c.dom.Element;

import com.google.inject.Inject;

/**
 * The pages of all bundled examples, generated as one run: each is well-formed, every link inside
 * a page and between pages reaches an element that exists, and what the texts hold (openers,
 * footnotes, tables) is on the pages.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class HtmlExamplesTest {

	@Inject
	private DocumentTester tester;

	@Inject
	private HtmlGenerator generator;

	@Test
	void pagesOfTheExamplesAndTheirLinks() {
		ResourceSet workspace = Workspaces.loadExamples(tester.newWorkspace());
		List<Document> documents = workspace.getResources().stream().map(r -> r.getContents().get(0))
				.filter(Document.class::isInstance).map(Document.class::cast).toList();
		PageLinks links = PageLinks.byOutputName(documents);
		Map<String, PageDom> pages = new LinkedHashMap<>();
		for (Document document : documents) {
			String href = links.hrefOf(document);
			assertNotNull(href, "every example has a page name: " + document.eResource().getURI().lastSegment());
			PageDom page = PageDom.parse(generator.page(document, links));
			page.assertInPageLinksResolve();
			assertTextsArePrinted(document, page);
			assertEquals(null, pages.put(href, page), "two examples share the page " + href);
		}
		for (Map.Entry<String, PageDom> page : pages.entrySet()) {
			for (Element link : page.getValue().all("//a[not(starts-with(@href, '#'))]")) {
				String[] target = link.getAttribute("href").split("#", 2);
				assertTrue(pages.containsKey(target[0]), page.getKey() + " links to a page of the run: " + target[0]);
				if (target.length == 2) {
					assertTrue(pages.get(target[0]).ids().contains(target[1]), page.getKey() + " links to an anchor that exists: "
							+ link.getAttribute("href"));
				}
			}
		}
		PageDom index = PageDom.parse(generator.index(documents, links));
		assertEquals(pages.keySet().stream().toList(), index.all("//tbody/tr/td[3]/a").stream()
				.map(a -> a.getAttribute("href")).toList(), "the index links every page, in order");
	}

	private static void assertTextsArePrinted(Document document, PageDom page) {
		String name = document.eResource().getURI().lastSegment();
		assertEquals(document.getTitle(), page.text("//h1/span[@class='title']"), name);
		List<String> openers = EcoreUtil2.getAllContentsOfType(document, PreambularParagraph.class).stream()
				.map(PreambularParagraph::getOpener).toList();
		assertEquals(openers, page.texts("//p[@class='preambular']/i[@class='opener']"), name);
		assertEquals(EcoreUtil2.getAllContentsOfType(document, Footnote.class).size(),
				page.count("//footer[@class='footnotes']/p[@class='footnote']"), name);
		assertEquals(EcoreUtil2.getAllContentsOfType(document, Table.class).size(), page.count("//table[@class='data']"), name);
		assertEquals(EcoreUtil2.getAllContentsOfType(document, Paragraph.class).size(),
				page.count("//div[starts-with(@class, 'paragraph ')]"), name);
	}
}
