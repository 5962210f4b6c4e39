package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.akn.AknIris;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;
import org.unres.dsl.tests.Workspaces;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;

import com.google.inject.Inject;

/**
 * Every bundled example, loaded with the others as one workspace, becomes Akoma Ntoso that the
 * official schema accepts, whose local references all resolve, and that keeps every paragraph
 * and footnote of its source.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class AknExamplesTest {

	@Inject
	private DocumentTester tester;

	@Inject
	private AknGenerator generator;

	static List<Path> examples() {
		return Workspaces.exampleFiles();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleGeneratesValidAkomaNtoso(Path file) {
		ResourceSet workspace = Workspaces.loadExamples(tester.newWorkspace());
		Document document = (Document) Workspaces.resourceOf(workspace, file).getContents().get(0);
		String name = file.getFileName().toString();
		AknXml xml = AknXml.valid(generator.generate(document), name);
		xml.assertLocalReferencesResolve(name);
		assertEquals(AknIris.workIri(document), xml.string("//a:statement/a:meta//a:FRBRWork/a:FRBRuri/@value"), name);
		String kind = document.getKind().toLowerCase() + (document.isDraft() ? "Draft" : "");
		assertEquals(kind, xml.string("/a:akomaNtoso/a:statement/@name"), name);
		assertEquals(EcoreUtil2.getAllContentsOfType(document, PreambularParagraph.class).size(),
				xml.count("//a:preamble/a:container"), name + ": one container per preambular paragraph");
		int paragraphs = EcoreUtil2.getAllContentsOfType(document, Paragraph.class).size();
		assertEquals(paragraphs, xml.count("//a:paragraph[a:num] | //a:point"), name + ": every paragraph and sub-paragraph");
		long referenced = EcoreUtil2.getAllContentsOfType(document, Footnote.class).stream()
				.filter(f -> xml.count("//a:authorialNote[@marker='" + f.getName() + "']") == 1).count();
		assertEquals(EcoreUtil2.getAllContentsOfType(document, Footnote.class).size(), referenced,
				name + ": each footnote written once");
	}

	/** Texts are told apart by their IRIs: resolution 20/1 and decision 20/1 of one body included. */
	@Test
	void examplesHaveDistinctWorkIris() {
		ResourceSet workspace = Workspaces.loadExamples(tester.newWorkspace());
		Map<String, String> seen = new HashMap<>();
		for (Path file : Workspaces.exampleFiles()) {
			Document document = (Document) Workspaces.resourceOf(workspace, file).getContents().get(0);
			String previous = seen.put(AknIris.workIri(document), file.getFileName().toString());
			assertTrue(previous == null, file.getFileName() + " and " + previous + " share " + AknIris.workIri(document));
		}
	}
}
