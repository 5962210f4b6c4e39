package org.unres.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.LanguageServices;

/**
 * Semantic highlighting: the language's ISemanticHighlightingCalculator runs on each parsed state,
 * and its ranges are laid over the lexical colours whenever the viewer repaints. The ranges are
 * document positions, so they move with edits until the next parse replaces them.
 */
public class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.unres.dsl.ui.semanticHighlighting";

	/** A position with the style it is shown in. */
	private static final class StyledPosition extends Position {
		final SemanticStyles.Style style;

		StyledPosition(int offset, int length, SemanticStyles.Style style) {
			super(offset, length);
			this.style = style;
		}
	}

	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private ITextViewer viewer;
	private IDocument document;

	/** The ranges the calculator gives a parsed resource. */
	public static List<HighlightedRange> compute(XtextResource resource, CancelIndicator cancel) {
		List<HighlightedRange> ranges = new ArrayList<>();
		LanguageServices.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> ranges.add(new HighlightedRange(offset, length, Arrays.asList(ids))), cancel);
		return ranges;
	}

	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	public void uninstall() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		forget();
		viewer = null;
	}

	/** Shows the ranges computed for {@code text}, unless the document moved on meanwhile. */
	public void show(List<HighlightedRange> ranges, String text) {
		ITextViewer target = viewer;
		if (target == null || target.getTextWidget() == null) {
			return;
		}
		Display display = target.getTextWidget().getDisplay();
		display.asyncExec(() -> {
			if (viewer != target || target.getTextWidget() == null || target.getTextWidget().isDisposed()) {
				return;
			}
			IDocument current = target.getDocument();
			if (current == null || !current.get().equals(text)) {
				return; // a later reconcile brings ranges for the newer text
			}
			replacePositions(current, ranges);
			target.invalidateTextPresentation();
		});
	}

	private void replacePositions(IDocument current, List<HighlightedRange> ranges) {
		if (current != document) {
			forget();
			document = current;
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (HighlightedRange range : ranges) {
				SemanticStyles.Style style = SemanticStyles.of(range.styles());
				if (style != null && range.length() > 0) {
					document.addPosition(CATEGORY, new StyledPosition(range.offset(), range.length(), style));
				}
			}
		} catch (BadPositionCategoryException | BadLocationException e) {
			// the ranges were computed for this very text; a bad one is skipped
		}
	}

	private void forget() {
		if (document != null) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone
			}
			document.removePositionUpdater(updater);
			document = null;
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		try {
			for (Position position : document.getPositions(CATEGORY)) {
				if (position.isDeleted() || position.getOffset() + position.getLength() <= start
						|| position.getOffset() >= end || !(position instanceof StyledPosition styled)) {
					continue;
				}
				int from = Math.max(start, position.getOffset());
				int to = Math.min(end, position.getOffset() + position.getLength());
				StyleRange range = new StyleRange(from, to - from, new Color(styled.style.color()), null,
						styled.style.fontStyle());
				presentation.mergeStyleRange(range);
			}
		} catch (BadPositionCategoryException e) {
			// nothing shown yet
		}
	}
}
