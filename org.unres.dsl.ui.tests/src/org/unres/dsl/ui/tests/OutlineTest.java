package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unres.dsl.ui.editor.UnresOutlinePage;

/** The Outline view shows a text's parts and paragraphs, and takes the editor to them. */
class OutlineTest {

	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("outlined-examples");

	@Test
	void theOutlineListsThePartsAndSelectingOneSelectsItsText() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("resolution-20-9-governance-financial-situation.unres"));
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Workbench.waitUntil("the UNRES outline page", () -> outline.getCurrentPage() instanceof UnresOutlinePage);
		UnresOutlinePage page = (UnresOutlinePage) outline.getCurrentPage();
		Tree tree = (Tree) page.getControl();
		Workbench.waitUntil("the document in the outline", () -> tree.getItemCount() == 1);

		TreeItem document = tree.getItem(0);
		assertTrue(document.getText().startsWith("Resolution 20/9 — Improving the governance"), document.getText());
		List<String> parts = Arrays.stream(document.getItems()).map(TreeItem::getText).toList();
		assertTrue(parts.stream().anyMatch(part -> part.startsWith("Preamble")), parts.toString());
		assertTrue(parts.stream().anyMatch(part -> part.startsWith("4. Requests")), parts.toString());
		assertTrue(parts.stream().anyMatch(part -> part.startsWith("Footnotes")), parts.toString());

		TreeItem fourth = Arrays.stream(document.getItems()).filter(item -> item.getText().startsWith("4. Requests"))
				.findFirst().orElseThrow();
		page.setSelection(new StructuredSelection((DocumentSymbol) fourth.getData()));
		IDocument text = Workbench.documentOf(editor);
		int paragraph = text.get().indexOf("4. *Requests*");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.getLineOfOffset(paragraph), text.getLineOfOffset(selection.getOffset()),
				"the editor selects in paragraph 4: " + selection.getText());
	}

	@Test
	void theOutlineFollowsEdits() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("resolution-20-9-governance-financial-situation.unres"));
		ContentOutline outline = (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
		Workbench.page().activate(editor);
		Workbench.waitUntil("the UNRES outline page", () -> outline.getCurrentPage() instanceof UnresOutlinePage);
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		IDocument text = Workbench.documentOf(editor);
		text.replace(text.getLength(), 0, "\n6. *Decides* to remain seized of the matter.\n");
		Workbench.waitUntil("paragraph 6 in the outline", () -> tree.getItemCount() == 1
				&& Arrays.stream(tree.getItem(0).getItems()).anyMatch(item -> item.getText().startsWith("6. Decides")));
	}
}
