package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unres.dsl.ui.UnresUi;
import org.unres.dsl.ui.problems.IssueMarkers;
import org.unres.dsl.validation.IssueCodes;

/**
 * Problems appear as markers: while typing (before saving), and from the builder of a project
 * with the UNRES nature.
 */
class ProblemsTest {

	private static final String EXAMPLE = "resolution-20-8-budget-2012-2013.unres";
	@RegisterExtension
	static final ExampleProject project = ExampleProject.builtWithTheUnresBuilder("checked-examples");

	@Test
	void theBuilderFindsNoErrorsInTheExamples() throws CoreException {
		for (IFile file : List.of(project.getFile(EXAMPLE), project.getFile("resolution-20-9-governance-financial-situation.unres"))) {
			List<IMarker> errors = markers(file).stream()
					.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
			assertTrue(errors.isEmpty(), file.getName() + ": " + describe(errors));
		}
		// citations of texts outside the workspace are noted, which shows the builder ran
		assertTrue(markers(project.getFile(EXAMPLE)).stream()
				.anyMatch(marker -> IssueCodes.EXTERNAL_CITATION.equals(marker.getAttribute(IssueMarkers.CODE, null))));
	}

	@Test
	void anUnknownVerbIsMarkedWhileTyping() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		IDocument document = Workbench.documentOf(editor);
		int lead = document.get().indexOf("*Notes*");
		document.replace(lead, "*Notes*".length(), "*Ntes*");
		Workbench.waitUntil("a marker for the unknown verb", () -> !withCode(EXAMPLE, IssueCodes.UNKNOWN_VERB).isEmpty());

		IMarker marker = withCode(EXAMPLE, IssueCodes.UNKNOWN_VERB).get(0);
		assertEquals(document.getLineOfOffset(lead) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(lead, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(lead + "*Ntes*".length(), marker.getAttribute(IMarker.CHAR_END, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("did you mean 'Notes'"),
				marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(List.of("Notes"), Arrays.asList(IssueMarkers.dataOf(marker)));
		assertTrue(editor.isDirty(), "the marker comes before saving");

		document.replace(lead, "*Ntes*".length(), "*Notes*");
		Workbench.waitUntil("the marker to go once the verb is right",
				() -> withCode(EXAMPLE, IssueCodes.UNKNOWN_VERB).isEmpty());
	}

	@Test
	void theBuilderMarksAnInvalidFileAndClearsTheMarkerOnceFixed() throws Exception {
		IFile file = project.getFile("invalid.unres");
		String valid = TestProjects.example(EXAMPLE).replace("Resolution 20/8", "Resolution 20/98");
		String invalid = valid.replace("regular budget resources;", "regular budget resources");
		TestProjects.write(file, invalid);
		project.get().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());

		List<IMarker> punctuation = withCode(file.getName(), IssueCodes.OPERATIVE_PUNCTUATION);
		assertEquals(1, punctuation.size(), describe(markers(file)));
		IMarker marker = punctuation.get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(lineOf(invalid, "4. *Further notes*"), marker.getAttribute(IMarker.LINE_NUMBER, -1));

		TestProjects.write(file, valid);
		project.get().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		assertTrue(withCode(file.getName(), IssueCodes.OPERATIVE_PUNCTUATION).isEmpty(), describe(markers(file)));
		file.delete(true, new NullProgressMonitor());
	}

	private static List<IMarker> markers(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static List<IMarker> withCode(String fileName, String code) {
		return markers(project.getFile(fileName)).stream()
				.filter(marker -> code.equals(marker.getAttribute(IssueMarkers.CODE, null))).toList();
	}

	private static int lineOf(String text, String words) throws BadLocationException {
		return new org.eclipse.jface.text.Document(text).getLineOfOffset(text.indexOf(words)) + 1;
	}

	private static String describe(List<IMarker> markers) {
		return markers.stream().map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
				+ marker.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}
}
