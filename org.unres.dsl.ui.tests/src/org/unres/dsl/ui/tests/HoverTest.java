package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hovers say what a citation cites and what a verb or an opener is. */
class HoverTest {

	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("hovered-examples");
	private static ITextHover hover;

	@BeforeAll
	static void findTheHover() {
		hover = Contributions.forUnres("hoverProviders", ITextHover.class);
	}

	@Test
	void aCitationSaysWhatItCites() {
		String hovered = hoverAt("resolution-20-9-governance-financial-situation.unres", "20/1 of 13 April");
		assertTrue(hovered.contains("CCPCJ resolution 20/1 of 13 April 2011"), hovered);
	}

	@Test
	void verbsAndOpenersSayWhatTheyAre() {
		String verb = hoverAt("resolution-20-9-governance-financial-situation.unres", "*Requests*");
		assertTrue(verb.startsWith("Requests") && verb.contains("operative verb"), verb);
		String opener = hoverAt("resolution-20-9-governance-financial-situation.unres", "*Recalling*");
		assertTrue(opener.startsWith("Recalling") && opener.contains("preambular opener"), opener);
	}

	@Test
	void plainProseHasNoHover() {
		ITextEditor editor = Workbench.open(project.getFile("resolution-20-8-budget-2012-2013.unres"));
		ITextViewer viewer = Contributions.viewerOf(editor);
		int offset = Workbench.documentOf(editor).get().indexOf("administrative and financial") + 3;
		assertNull(hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset)));
	}

	private static String hoverAt(String file, String words) {
		ITextEditor editor = Workbench.open(project.getFile(file));
		ITextViewer viewer = Contributions.viewerOf(editor);
		int offset = Workbench.documentOf(editor).get().indexOf(words);
		assertEquals(true, offset >= 0, words);
		String text = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset + 1));
		assertTrue(text != null && !text.isBlank(), "a hover on " + words);
		return text;
	}
}
