package org.unres.dsl.ui.model;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One state of an editor's text with its parsed resource, and the same text as the language
 * server services see it (lines and characters instead of offsets).
 *
 * @param text     the text that was parsed
 * @param resource its resource, in a resource set of its own
 * @param document the text for Xtext's ide services
 */
public record ParsedText(String text, XtextResource resource, Document document) {

	public int offsetOf(Position position) {
		return document.getOffSet(position);
	}

	public Position positionOf(int offset) {
		return document.getPosition(Math.min(offset, text.length()));
	}

	public Range rangeOf(int offset, int length) {
		return new Range(positionOf(offset), positionOf(offset + length));
	}
}
