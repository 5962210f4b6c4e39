package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.WorkspaceParser;
import org.unres.dsl.ui.wizard.DocumentTemplates;
import org.unres.dsl.ui.wizard.DocumentTemplates.Kind;
import org.unres.dsl.unres.Document;

/** Every skeleton of the new-text wizard, filled in, is a text the validator accepts as it is. */
class NewTextTemplatesTest {

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aFilledSkeletonIsAValidText(Kind kind) {
		DocumentTemplates.Values values = kind.isDraft()
				? new DocumentTemplates.Values(kind, "GA", "General Assembly", "CCPCJ", 21, "II", "Crime prevention")
				: new DocumentTemplates.Values(kind, "CCPCJ", "Commission on Crime Prevention and Criminal Justice", null, 21,
						"21/3", "Crime prevention");
		String text = DocumentTemplates.text(values);
		XtextResource resource = WorkspaceParser.parse(URI.createURI("untitled:/" + DocumentTemplates.fileName(values)), text);

		assertTrue(resource.getErrors().isEmpty(), "syntax errors: " + resource.getErrors() + " in\n" + text);
		List<Issue> issues = LanguageServices.get(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		List<Issue> problems = issues.stream().filter(issue -> issue.getSeverity() != Severity.INFO).toList();
		assertTrue(problems.isEmpty(), problems + " in\n" + text);
		Document document = (Document) resource.getContents().get(0);
		assertEquals("Crime prevention", document.getTitle().replaceFirst("^\\s*#\\s*", ""));
		assertEquals(kind.isDraft(), document.isDraft());
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theFileIsNamedAfterTheText(Kind kind) {
		DocumentTemplates.Values values = new DocumentTemplates.Values(kind, "CCPCJ", "Commission", "CCPCJ", 21,
				kind.isDraft() ? "II" : "21/3", "A title");
		String expected = switch (kind) {
		case RESOLUTION -> "ccpcj-resolution-21-3.unres";
		case DECISION -> "ccpcj-decision-21-3.unres";
		case DRAFT_RESOLUTION -> "draft-resolution-ii-for-ccpcj.unres";
		case DRAFT_DECISION -> "draft-decision-ii-for-ccpcj.unres";
		};
		assertEquals(expected, DocumentTemplates.fileName(values));
	}
}
