package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.LetteredParagraph;
import org.unres.dsl.unres.NumberedParagraph;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.Table;

import com.google.inject.Inject;

/** Every bundled example is a faithful corpus text: it parses and validates without errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class ExamplesTest {

	@Inject
	private DocumentTester tester;

	static List<Path> examples() {
		return Workspaces.exampleFiles();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void parsesAndValidatesWithoutErrors(Path file) {
		ResourceSet workspace = Workspaces.loadExamples(tester.newWorkspace());
		XtextResource resource = Workspaces.resourceOf(workspace, file);
		DocumentTester.assertParsed(resource);
		List<Issue> errors = tester.issues(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), file.getFileName() + ":\n" + errors.stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).collect(Collectors.joining("\n")));
		assertTrue(resource.getContents().get(0) instanceof Document, "an example holds a document");
	}

	/** The issue asks for examples of different kinds; losing one must fail the build. */
	@Test
	void examplesCoverTheShapesOfTheCorpus() {
		ResourceSet workspace = Workspaces.loadExamples(tester.newWorkspace());
		List<Document> documents = workspace.getResources().stream().map(r -> r.getContents().get(0))
				.filter(Document.class::isInstance).map(Document.class::cast).toList();
		assertTrue(documents.size() >= 8, "at least 8 examples, found " + documents.size());
		assertTrue(documents.stream().anyMatch(d -> !EcoreUtil2.getAllContentsOfType(d, Table.class).isEmpty()), "a table");
		assertTrue(documents.stream().anyMatch(d -> d.isDraft() && "decision".equalsIgnoreCase(d.getKind())), "a draft decision");
		assertTrue(documents.stream().anyMatch(d -> !EcoreUtil2.getAllContentsOfType(d, ReportingRequest.class).isEmpty()),
				"a reporting request");
		assertTrue(documents.stream().anyMatch(d -> EcoreUtil2.getAllContentsOfType(d, Footnote.class).size() >= 8),
				"many footnotes");
		assertTrue(documents.stream().anyMatch(d -> !d.getAnnexes().isEmpty()), "an annex");
		assertTrue(documents.stream().anyMatch(d -> EcoreUtil2.getAllContentsOfType(d, LetteredParagraph.class).size() >= 5),
				"nested sub-paragraphs");
		long numbered = documents.stream().mapToLong(d -> EcoreUtil2.getAllContentsOfType(d, NumberedParagraph.class).size()).sum();
		assertTrue(numbered > 100, "the examples are whole texts, found only " + numbered + " numbered paragraphs");
		assertEquals(documents.size(), workspace.getResources().stream().filter(r -> r.getURI().isFile()).count(),
				"every example file holds a document");
	}
}
