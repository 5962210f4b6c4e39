package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.UnresFile;
import org.unres.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Citations link to the documents of the workspace through Xtext's index. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class CrossFileLinkingTest {

	@Inject
	private DocumentTester tester;

	private static final String RESOLUTION_20_1 = """
			Resolution 20/1
			@body CCPCJ session 20
			@adopted 15 April 2011

			# Improving the governance and financial situation of the Office

			The Commission on Crime Prevention and Criminal Justice,

			1. *Requests* the Secretariat:

			(a) to act;

			(b) to report.
			""";

	private static String citing(String citations) {
		return Texts.HEADING.replace("20/99", "20/9").replace("15 April 2011", "9 December 2011")
				+ "\n*Recalling* " + citations + ",\n\n1. *Requests* the Secretariat to act.\n";
	}

	private List<CitedText> citedTexts(UnresFile file) {
		return EcoreUtil2.getAllContentsOfType(file, CitedText.class);
	}

	@Test
	void citationLinksToTheDocumentInTheWorkspace() {
		ResourceSet workspace = tester.newWorkspace();
		Document cited = (Document) tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		UnresFile citing = tester.parse(citing("[Commission resolution 20/1 of 15 April 2011], [its resolution 20/1]"
				+ " and [resolution 20/1]"), "20-9.unres", workspace);
		for (CitedText text : citedTexts(citing)) {
			assertSame(cited, text.getDocument(), "each form of the citation links to 20/1");
		}
		tester.assertNoneIn(citing, IssueCodes.EXTERNAL_CITATION);
	}

	@Test
	void linkWorksInEitherLoadingOrder() {
		ResourceSet workspace = tester.newWorkspace();
		UnresFile citing = tester.parse(citing("[Commission resolution 20/1]"), "20-9.unres", workspace);
		Document cited = (Document) tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		assertSame(cited, citedTexts(citing).get(0).getDocument());
	}

	@Test
	void sameNumberOfAnotherBodyDoesNotLink() {
		ResourceSet workspace = tester.newWorkspace();
		tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		UnresFile citing = tester.parse(citing("[Commission on Narcotic Drugs resolution 20/1]"), "20-9.unres", workspace);
		assertTrue(citedTexts(citing).get(0).getDocument().eIsProxy(), "CND's 20/1 is not CCPCJ's 20/1");
		Issue external = tester.singleIn(citing, IssueCodes.EXTERNAL_CITATION);
		assertTrue(external.getMessage().contains("CND resolution 20/1"), external.getMessage());
	}

	@Test
	void paragraphOfACitedResolutionLinksIntoIt() {
		ResourceSet workspace = tester.newWorkspace();
		Document cited = (Document) tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		UnresFile citing = tester.parse(citing("[paragraph 1 (b) of Commission resolution 20/1]"), "20-9.unres", workspace);
		ParagraphReference reference = EcoreUtil2.getAllContentsOfType(citing, ParagraphReference.class).get(0);
		assertEquals(cited, EcoreUtil2.getContainerOfType(reference.getTargets().get(0), Document.class));
		assertEquals("(b)", ((org.unres.dsl.unres.LetteredParagraph) reference.getTargets().get(0)).getLabel().trim());
	}

	@Test
	void twoDocumentsWithTheSameNumber() {
		ResourceSet workspace = tester.newWorkspace();
		tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		UnresFile copy = tester.parse(RESOLUTION_20_1, "20-1-copy.unres", workspace);
		Issue issue = tester.singleIn(copy, IssueCodes.DUPLICATE_DOCUMENT);
		assertTrue(issue.getMessage().contains("20-1.unres"), issue.getMessage());
		assertEquals(1, issue.getLineNumber().intValue());
	}

	@Test
	void draftsForDifferentBodiesMayShareANumeral() {
		ResourceSet workspace = tester.newWorkspace();
		String draft = """
				Draft resolution I
				@recommended-by CCPCJ session 20
				@body %s

				# A draft

				The %s,

				1. *Requests* the Secretary-General to act.
				""";
		tester.parse(draft.formatted("GA", "General Assembly"), "ga-I.unres", workspace);
		UnresFile ecosoc = tester.parse(draft.formatted("ECOSOC", "Economic and Social Council"), "ecosoc-I.unres", workspace);
		tester.assertNoneIn(ecosoc, IssueCodes.DUPLICATE_DOCUMENT);
	}

	@Test
	void workspaceLibraryDeclaresABody() {
		ResourceSet workspace = tester.newWorkspace();
		tester.parse("library Governance\n\nbody WG-GOV \"Working Group on Governance and Finance\"\n\tsession 5 in 2011\n",
				"governance.unres", workspace);
		UnresFile document = tester.parse(RESOLUTION_20_1.replace("1. *Requests* the Secretariat:",
				"1. *Requests* the Working Group to report to its sixth session:") + "@report to WG-GOV session 6\n",
				"20-1.unres", workspace);
		tester.assertNoneIn(document, IssueCodes.UNKNOWN_BODY);
	}

	@Test
	void citationListsWithTitlesAndAnOxfordComma() {
		ResourceSet workspace = tester.newWorkspace();
		Document cited = (Document) tester.parse(RESOLUTION_20_1, "20-1.unres", workspace);
		UnresFile citing = tester.parse(citing("[Commission resolutions 19/3 of 21 May 2010, entitled “A title”,"
				+ " 20/1 of 15 April 2011, entitled “Another”, and 19/4]"), "20-9.unres", workspace);
		List<CitedText> entries = citedTexts(citing);
		assertEquals(3, entries.size());
		assertSame(cited, entries.get(1).getDocument());
		assertEquals("A title", org.unres.dsl.structure.ProseText.textOf(entries.get(0).getTitle().getContent()));
	}

	@Test
	void numbersWithLetterAndSession() {
		UnresFile citing = tester.parse(citing("[Economic and Social Council resolution 155 C (VII) of 13 August 1948]"),
				"20-9.unres", tester.newWorkspace());
		tester.assertNoneIn(citing, IssueCodes.MALFORMED_NUMBER);
		tester.singleIn(citing, IssueCodes.EXTERNAL_CITATION);
	}
}
