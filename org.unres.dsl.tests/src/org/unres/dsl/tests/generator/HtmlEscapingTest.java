package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.unres.Document;

import com.google.inject.Inject;

/**
 * Markup characters typed into any kind of text come out as text: a title, an acting body,
 * prose, an opener and a verb, a heading, a table cell and caption, a footnote, a quotation, a
 * citation and its title attribute, a symbol, and the index entries. Each is read back from the
 * parsed page and must equal what was typed; the page source must hold no element that the text
 * spelled.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class HtmlEscapingTest {

	private static final String LIBRARY = """
			library Hostile

			body EVIL "<script>alert('body')</script> & \\"friends\\""
				session 1 in 2011
			""";

	/** Every kind of text with '<', '>', '&', '"' and "'" in it. */
	private static final String DOCUMENT = """
			Resolution 1/1
			@body EVIL session 1
			@adopted 1 March 2011
			@symbol A/<b>&'x'

			# Title <script>alert('title')</script> & "quoted"

			The <i>acting</i> & 'body',

			*Recalling <em>&"'* the words <script>alert('prose')</script> & "double" and 'single',[^1]

			## Heading <h1>&"'</h1>

			1. *Requests <u>&"'* the Secretariat to act, as in “<script>&"quote"'”;

			|+ Caption <caption>&"'
			| *Head <th>* | Value |
			|---|---|
			| Cell <td>&"' | 1 <2 & 3>4 |

			2. *Notes* [A/66/<script> & "document" 'x'] and [<b>&'x' resolution 20/1].

			[^1]: Note <script>alert('note')</script> & "see" 'this'.
			""";

	@Inject
	private DocumentTester tester;

	@Inject
	private HtmlGenerator generator;

	private String html;
	private PageDom page;
	private PageDom index;

	@BeforeEach
	void generate() {
		ResourceSet workspace = tester.newWorkspace();
		tester.parse(LIBRARY, "hostile.unres", workspace);
		Document document = (Document) tester.parse(DOCUMENT, "1-1.unres", workspace);
		PageLinks links = PageLinks.byOutputName(List.of(document));
		html = generator.page(document, links);
		page = PageDom.parse(html);
		String indexHtml = generator.index(List.of(document), links);
		index = PageDom.parse(indexHtml);
		assertNoMarkupFromText(indexHtml);
	}

	@Test
	void noTextBecomesMarkup() {
		assertNoMarkupFromText(html);
		assertEquals(0, page.count("//script | //b | //em | //u | //caption/caption | //h2/h1 | //td/td | //th/th | //p/i/i"));
	}

	@Test
	void titleBodyAndSymbol() {
		assertEquals("Resolution 1/1: Title <script>alert('title')</script> & \"quoted\"", page.text("/html/head/title"));
		assertEquals("Title <script>alert('title')</script> & \"quoted\"", page.text("//h1/span[@class='title']"));
		assertEquals("<script>alert('body')</script> & \"friends\"", page.text("//p[@class='body-name']"));
		assertEquals("A/<b>&'x'", page.text("//p[@class='symbol']"));
		assertEquals("The <i>acting</i> & 'body',", page.text("//p[@class='formula']"));
	}

	@Test
	void proseOpenersVerbsHeadingsAndQuotations() {
		assertEquals("Recalling <em>&\"'", page.text("//i[@class='opener']"));
		assertTrue(page.text("//p[@class='preambular']")
				.contains("the words <script>alert('prose')</script> & \"double\" and 'single',"), page.text("//p[@class='preambular']"));
		assertEquals("Heading <h1>&\"'</h1>", page.text("//h2[@class='heading']"));
		assertEquals("Requests <u>&\"'", page.text("//div[@id='para-1']/p/i[@class='verb']"));
		assertEquals("\u201C<script>&\"quote\"'\u201D", page.text("//span[@class='quotation']"));
	}

	@Test
	void tableCellsAndCaption() {
		assertEquals("Caption <caption>&\"'", page.text("//table/caption"));
		assertEquals("Head <th>", page.text("//thead/tr/th[1]/i"));
		assertEquals(List.of("Cell <td>&\"'", "1 <2 & 3>4"), page.texts("//tbody/tr/td"));
	}

	@Test
	void footnotesAndCitationsWithTheirTitles() {
		assertEquals("1 Note <script>alert('note')</script> & \"see\" 'this'.", page.text("//p[@class='footnote']"));
		List<String> citations = page.texts("//div[@id='para-2']//span[@class='citation']");
		assertEquals(List.of("A/66/<script> & \"document\" 'x'", "<b>&'x' resolution 20/1"), citations);
		assertEquals("United Nations document A/66/<script> & \"document\" 'x'",
				page.one("//div[@id='para-2']//span[@class='citation'][1]").getAttribute("title"));
		assertEquals("<b>&'x' resolution 20/1", page.one("//div[@id='para-2']//span[@class='citation'][2]").getAttribute("title"));
	}

	@Test
	void indexEntries() {
		assertEquals(List.of("Resolution", "1/1", "Title <script>alert('title')</script> & \"quoted\"",
				"<script>alert('body')</script> & \"friends\"", "1 March 2011"), index.texts("//tbody/tr/td"));
	}

	@Test
	void escapedAsCharacterReferences() {
		assertTrue(html.contains("Title &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"), html);
		assertTrue(html.contains("title=\"United Nations document A/66/&lt;script&gt; &amp; &quot;document&quot; &#39;x&#39;\""), html);
	}

	/**
	 * The source holds none of the tags that the typed text spells: the page itself writes no script,
	 * b, em or u, and the other tags are looked for right after the words that precede them.
	 */
	private static void assertNoMarkupFromText(String source) {
		for (String tag : List.of("<script", "</script", "<b>", "<em>", "<u>", "Heading <h1>", "Cell <td>", "Head <th>",
				"Caption <caption>", "The <i>acting")) {
			assertFalse(source.toLowerCase().contains(tag.toLowerCase()), "the page holds " + tag);
		}
	}
}
