package org.unres.dsl.ui.editor;

import org.eclipse.jface.text.Region;

/**
 * The words of a text range without the white space at its edges: line-led tokens ("[^2]:",
 * "12.") carry the line break before them, which a highlight or link must not cover.
 */
final class Words {

	private Words() {
	}

	static Region of(String text, int start, int end) {
		int from = Math.max(0, start);
		int to = Math.min(text.length(), end);
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		return new Region(from, to - from);
	}
}
