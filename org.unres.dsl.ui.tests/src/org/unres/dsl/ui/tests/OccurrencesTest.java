package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With the caret on a footnote marker, the marker and its note are highlighted. */
class OccurrencesTest {

	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("occurrence-examples");

	@Test
	void aFootnoteMarkerAndItsNoteAreHighlightedTogether() {
		ITextEditor editor = Workbench.open(project.getFile("resolution-20-8-budget-2012-2013.unres"));
		String text = Workbench.documentOf(editor).get();
		int marker = text.indexOf("[^2]");
		int note = text.indexOf("[^2]:");
		editor.selectAndReveal(marker + 2, 0);
		IAnnotationModel model = ((ISourceViewer) editor.getAdapter(ITextViewer.class)).getAnnotationModel();
		Workbench.waitUntil("two occurrence highlights", () -> occurrences(model).size() == 2);

		List<Position> found = occurrences(model);
		assertTrue(found.get(0).getOffset() > marker && found.get(0).getOffset() < marker + 4,
				"the marker [^2] is highlighted: " + found.get(0));
		assertEquals(note, found.get(1).getOffset(), "the note [^2]: is highlighted from its first character");

		int prose = text.indexOf("administrative and financial");
		editor.selectAndReveal(prose, 0);
		Workbench.waitUntil("no highlight on plain prose", () -> occurrences(model).isEmpty());
		assertEquals(0, occurrences(model).size());
	}

	private static List<Position> occurrences(IAnnotationModel model) {
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			if ("org.eclipse.ui.genericeditor.text".equals(annotation.getType())) {
				positions.add(model.getPosition(annotation));
			}
		}
		positions.sort(Comparator.comparingInt(Position::getOffset));
		return positions;
	}
}
