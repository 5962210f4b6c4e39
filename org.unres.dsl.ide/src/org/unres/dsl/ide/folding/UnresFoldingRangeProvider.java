package org.unres.dsl.ide.folding;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.unres.dsl.ide.outline.Section;
import org.unres.dsl.ide.outline.SectionTree;

import com.google.inject.Inject;

/**
 * Folds what the outline shows as one entry: the @-lines, the preamble, a paragraph with its
 * sub-paragraphs, a heading's paragraphs, the footnotes, an annex. Single-line entries do not
 * fold.
 */
public class UnresFoldingRangeProvider implements IFoldingRangeProvider {

	@Inject
	private SectionTree sections;

	@Override
	public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancelIndicator) {
		SortedSet<FoldingRange> ranges = new TreeSet<>((a, b) -> a.getOffset() != b.getOffset()
				? Integer.compare(a.getOffset(), b.getOffset())
				: Integer.compare(b.getLength(), a.getLength()));
		if (resource == null || resource.getParseResult() == null) {
			return ranges;
		}
		String text = resource.getParseResult().getRootNode().getText();
		collect(sections.of(resource, cancelIndicator), text, ranges, true);
		return ranges;
	}

	private static void collect(List<Section> sections, String text, SortedSet<FoldingRange> into, boolean top) {
		for (Section section : sections) {
			ITextRegion region = section.region();
			// The whole document is not folded: that would hide the file.
			if (!(top && section.kind() == Section.Kind.DOCUMENT) && spansLines(text, region)) {
				FoldingRangeKind kind = section.kind() == Section.Kind.METADATA ? FoldingRangeKind.IMPORTS
						: FoldingRangeKind.REGION;
				into.add(new FoldingRange(region.getOffset(), region.getLength(), kind));
			}
			collect(section.children(), text, into, false);
		}
	}

	private static boolean spansLines(String text, ITextRegion region) {
		int end = Math.min(text.length(), region.getOffset() + region.getLength());
		return text.substring(region.getOffset(), end).indexOf('\n') >= 0;
	}
}
