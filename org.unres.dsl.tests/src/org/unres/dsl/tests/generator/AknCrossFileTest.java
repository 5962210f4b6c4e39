package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.akn.AknIris;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.unres.Document;

import com.google.inject.Inject;

/**
 * A citation of a text in the workspace refers to that text's own Work IRI, and a reference to
 * one of its paragraphs to the eId that paragraph has in that text's own output; texts outside
 * the workspace get the IRI built from the citation.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class AknCrossFileTest {

	private static final String CITED = """
			Resolution 20/1
			@body CCPCJ session 20
			@adopted 15 April 2011

			# Improving the governance and financial situation of the Office

			The Commission on Crime Prevention and Criminal Justice,

			1. *Requests* the Secretariat:

			(a) to act;

			(b) to report.

			## Follow-up

			2. *Decides* to remain seized of the matter.
			""";

	private static final String CITING = """
			Resolution 20/9
			@body CCPCJ session 20 reconvened
			@adopted 9 December 2011

			# Citing another resolution

			The Commission on Crime Prevention and Criminal Justice,

			*Recalling* [its resolution 20/1 of 15 April 2011] and [Commission on Narcotic Drugs resolution 20/1],

			1. *Recalls* [paragraph 1 (b) of Commission resolution 20/1] and [paragraph 2 of Commission resolution 20/1];

			2. *Notes* [paragraph 3 of Commission on Narcotic Drugs resolution 54/2 of 25 March 2011].
			""";

	@Inject
	private DocumentTester tester;

	@Inject
	private AknGenerator generator;

	/** Both texts in one workspace, and the output of each. */
	private record Workspace(Document cited, AknXml citedXml, AknXml citingXml) {
	}

	private Workspace generateBoth() {
		ResourceSet workspace = tester.newWorkspace();
		Document cited = (Document) tester.parse(CITED, "20-1.unres", workspace);
		Document citing = (Document) tester.parse(CITING, "20-9.unres", workspace);
		return new Workspace(cited, AknXml.valid(generator.generate(cited), "20-1.unres"),
				AknXml.valid(generator.generate(citing), "20-9.unres"));
	}

	@Test
	void citationOfAWorkspaceTextUsesItsWorkIri() {
		Workspace both = generateBoth();
		AknXml citedXml = both.citedXml();
		AknXml citingXml = both.citingXml();

		String citedWork = AknIris.workIri(both.cited());
		assertEquals("/akn/un/statement/deliberation/un-ccpcj/2011-04-15/20-1", citedWork);
		assertEquals(citedWork, citedXml.string("//a:FRBRWork/a:FRBRuri/@value"));
		assertEquals(citedWork, citingXml.string("//a:ref[. = 'its resolution 20/1 of 15 April 2011']/@href"));
		// the same number of another body is another text, outside the workspace
		assertEquals("/akn/un/statement/deliberation/un-cnd/20-1",
				citingXml.string("//a:ref[. = 'Commission on Narcotic Drugs resolution 20/1']/@href"));
	}

	@Test
	void paragraphOfAWorkspaceTextUsesItsEid() {
		Workspace both = generateBoth();
		AknXml citedXml = both.citedXml();
		AknXml citingXml = both.citingXml();
		String main = AknIris.workIri(both.cited()) + "/!main#";

		String point = citingXml.string("//a:ref[. = 'paragraph 1 (b) of Commission resolution 20/1']/@href");
		assertEquals(main + "para_1__list_1__point_b", point);
		assertEquals("(b)", citedXml.string("//*[@eId='" + point.substring(main.length()) + "']/a:num"));

		// paragraph 2 of the cited text stands under a heading: its eId says so
		String inSection = citingXml.string("//a:ref[. = 'paragraph 2 of Commission resolution 20/1']/@href");
		assertEquals(main + "sec_1__para_2", inSection);
		assertEquals("2.", citedXml.string("//*[@eId='" + inSection.substring(main.length()) + "']/a:num"));

		assertEquals("/akn/un/statement/deliberation/un-cnd/2011-03-25/54-2/!main#para_3",
				citingXml.string("//a:ref[. = 'paragraph 3 of Commission on Narcotic Drugs resolution 54/2 of 25 March 2011']/@href"));
	}
}
