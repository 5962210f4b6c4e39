package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.HyperlinkDetectorDescriptor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Go to definition: a citation of a text in the workspace opens that text. */
class HyperlinkTest {

	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("linked-examples");

	@Test
	void aCitationLeadsToTheCitedResolution() {
		ITextEditor citing = Workbench.open(project.getFile("resolution-20-9-governance-financial-situation.unres"));
		String text = Workbench.documentOf(citing).get();
		int citation = text.indexOf("[its resolution 20/1 of 13 April 2011");
		List<IHyperlink> links = linksAt(citing, citation + "[its resolution ".length() + 1);
		assertEquals(1, links.size(), "one definition for the citation");
		assertEquals("20/1", text.substring(links.get(0).getHyperlinkRegion().getOffset(),
				links.get(0).getHyperlinkRegion().getOffset() + links.get(0).getHyperlinkRegion().getLength()));

		links.get(0).open();

		ITextEditor cited = (ITextEditor) Workbench.page().getActiveEditor();
		assertEquals("resolution-20-1-governance-financial-situation.unres",
				((IFileEditorInput) cited.getEditorInput()).getFile().getName());
		String citedText = Workbench.documentOf(cited).get();
		int heading = citedText.indexOf("Resolution 20/1");
		ITextSelection selection = (ITextSelection) cited.getSelectionProvider().getSelection();
		assertTrue(selection.getOffset() <= heading && selection.getOffset() + selection.getLength() > heading,
				"the cited document is selected from its heading: " + selection.getOffset() + "+" + selection.getLength());
	}

	@Test
	void aFootnoteMarkerLeadsToItsNote() {
		ITextEditor editor = Workbench.open(project.getFile("resolution-20-8-budget-2012-2013.unres"));
		String text = Workbench.documentOf(editor).get();
		List<IHyperlink> links = linksAt(editor, text.indexOf("[^2]") + 2);
		assertEquals(1, links.size());
		links.get(0).open();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("[^2]:"), selection.getOffset(), "the note [^2]: is selected, not " + selection.getText());
	}

	@Test
	void proseHasNoLinks() {
		ITextEditor editor = Workbench.open(project.getFile("resolution-20-8-budget-2012-2013.unres"));
		String text = Workbench.documentOf(editor).get();
		assertTrue(linksAt(editor, text.indexOf("administrative and financial")).isEmpty());
	}

	/** The links the detector that plugin.xml contributes to the Generic Editor finds at an offset. */
	private static List<IHyperlink> linksAt(ITextEditor editor, int offset) {
		HyperlinkDetectorDescriptor descriptor = Arrays
				.stream(EditorsUI.getHyperlinkDetectorRegistry().getHyperlinkDetectorDescriptors())
				.filter(each -> "org.unres.dsl.ui.hyperlinks".equals(each.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no UNRES hyperlink detector is registered"));
		assertEquals(GENERIC_EDITOR, descriptor.getTargetId());
		try {
			AbstractHyperlinkDetector detector = (AbstractHyperlinkDetector) descriptor.createHyperlinkDetectorImplementation();
			detector.setContext(editor);
			ITextViewer viewer = editor.getAdapter(ITextViewer.class);
			assertNotNull(viewer, "the editor's text viewer");
			IHyperlink[] found = detector.detectHyperlinks(viewer, new Region(offset, 0), true);
			return found == null ? List.of() : List.of(found);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
