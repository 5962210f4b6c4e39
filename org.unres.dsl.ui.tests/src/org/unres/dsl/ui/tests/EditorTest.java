package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unres.dsl.ui.editor.TokenColors;

/** An example opens in the Generic Editor, bound to .unres, and is highlighted. */
class EditorTest {

	private static final String EXAMPLE = "resolution-20-8-budget-2012-2013.unres";
	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("editor-examples");

	@Test
	void exampleOpensInTheGenericEditorWithItsText() {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		assertEquals(TestProjects.example(EXAMPLE), Workbench.textOf(editor).getText());
	}

	@Test
	void openersVerbsCitationsAndFootnotesAreHighlighted() {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		StyledText text = Workbench.textOf(editor);
		String content = text.getText();
		assertStyle(text, content.indexOf("*Exercising*") + 1, TokenColors.OPENER, SWT.ITALIC);
		assertStyle(text, content.indexOf("*Takes note*") + 1, TokenColors.VERB, SWT.ITALIC);
		assertStyle(text, content.indexOf("[its resolution 61/252") + 1, TokenColors.CITATION, SWT.NORMAL);
		assertStyle(text, content.indexOf("[^1]") + 1, TokenColors.FOOTNOTE, SWT.NORMAL);
		assertStyle(text, content.indexOf("# Budget") + 2, TokenColors.HEADING, SWT.BOLD);
		assertStyle(text, content.indexOf("@body") + 1, TokenColors.METADATA, SWT.BOLD);
		assertStyle(text, content.indexOf("// Renders") + 3, TokenColors.COMMENT, SWT.ITALIC);
		StyleRange prose = text.getStyleRangeAtOffset(content.indexOf("administrative and financial"));
		assertTrue(prose == null || prose.foreground == null, "running prose keeps the default colour");
	}

	@Test
	void semanticHighlightingMarksVerbsOnceTheTextIsParsed() {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		StyledText text = Workbench.textOf(editor);
		int verb = text.getText().indexOf("*Takes note*") + 2;
		int opener = text.getText().indexOf("*Exercising*") + 2;
		// lexical highlighting sets verbs in italics; the semantic layer, from the parsed text, adds bold
		Workbench.waitUntil("the verb in bold", () -> (text.getStyleRangeAtOffset(verb).fontStyle & SWT.BOLD) != 0);
		assertEquals(SWT.BOLD | SWT.ITALIC, text.getStyleRangeAtOffset(opener).fontStyle);
		assertEquals(TokenColors.VERB, text.getStyleRangeAtOffset(verb).foreground.getRGB());
	}

	private static void assertStyle(StyledText text, int offset, RGB color, int fontStyle) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		String where = "'" + text.getText(offset, Math.min(text.getCharCount() - 1, offset + 15)) + "…'";
		assertTrue(range != null && range.foreground != null, "no colour at " + where);
		assertEquals(color, range.foreground.getRGB(), "colour at " + where);
		assertEquals(fontStyle, range.fontStyle & fontStyle, "font style at " + where);
		assertNotEquals(text.getForeground().getRGB(), range.foreground.getRGB());
	}
}
