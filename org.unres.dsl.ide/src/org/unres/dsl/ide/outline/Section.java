package org.unres.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.ITextRegion;

/**
 * One entry of a document's outline: the document, its preamble, a paragraph with its
 * sub-paragraphs, a heading with the paragraphs under it, an annex. The outline and folding
 * both read these.
 *
 * @param name      what the outline shows ("1. Requests", "Preamble")
 * @param detail    a line of text after the name, or null
 * @param kind      what the entry is
 * @param region    the whole text of the entry, children included
 * @param selection the words that name it (a number, an opener, a heading), inside region
 * @param children  entries nested under it
 */
public record Section(String name, String detail, Kind kind, ITextRegion region, ITextRegion selection,
		List<Section> children) {

	public enum Kind {
		DOCUMENT, METADATA, PREAMBLE, PREAMBULAR_PARAGRAPH, HEADING, PARAGRAPH, REPORTING_REQUEST, TABLE, ANNEX,
		FOOTNOTES, FOOTNOTE, LIBRARY, BODY, OFFICER, PHRASE
	}

	public Section(String name, String detail, Kind kind, ITextRegion region, ITextRegion selection) {
		this(name, detail, kind, region, selection, new ArrayList<>());
	}

	/** This section grown to cover a child's region as well. */
	Section including(ITextRegion other) {
		return new Section(name, detail, kind, region.merge(other), selection, children);
	}
}
