package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unres.dsl.ui.UnresUi;
import org.unres.dsl.ui.problems.IssueMarkers;
import org.unres.dsl.validation.IssueCodes;

/** Problem markers offer the language's quick fixes, which repair the text they mark. */
class QuickFixTest {

	private static final String EXAMPLE = "resolution-20-8-budget-2012-2013.unres";
	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("fixed-examples");

	@Test
	void aMisspeltVerbIsReplacedByTheSuggestion() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		IDocument document = Workbench.documentOf(editor);
		String original = document.get();
		int lead = original.indexOf("*Notes*");
		document.replace(lead, "*Notes*".length(), "*Ntes*");

		fix(IssueCodes.UNKNOWN_VERB, "Use the suggested phrase");

		assertEquals(original, document.get());
		Workbench.waitUntil("the marker to go", () -> markers(IssueCodes.UNKNOWN_VERB).isEmpty());
	}

	@Test
	void aMissingSemicolonIsPutBack() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		IDocument document = Workbench.documentOf(editor);
		String original = document.get();
		int semicolon = original.indexOf("regular budget resources;") + "regular budget resources".length();
		document.replace(semicolon, 1, "");

		fix(IssueCodes.OPERATIVE_PUNCTUATION, null);

		assertEquals(original, document.get());
	}

	/** Waits for the marker of an issue, and runs its fix (the only one, or the one with this label). */
	private static void fix(String code, String label) {
		Workbench.waitUntil("a marker " + code, () -> !markers(code).isEmpty());
		IMarker marker = markers(code).get(0);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "the marker has quick fixes");
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		IMarkerResolution resolution = label == null && resolutions.length == 1 ? resolutions[0]
				: Arrays.stream(resolutions).filter(each -> each.getLabel().equals(label)).findFirst()
						.orElseThrow(() -> new AssertionError("no quick fix '" + label + "' among " + labels));
		resolution.run(marker);
	}

	private static List<IMarker> markers(String code) {
		try {
			return Arrays.stream(project.getFile(EXAMPLE).findMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO))
					.filter(marker -> code.equals(marker.getAttribute(IssueMarkers.CODE, null))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
