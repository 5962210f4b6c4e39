package org.unres.dsl.ide.quickfix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the end punctuation of a paragraph's text: replaces the mark it ends with, or adds the
 * wanted one, before any footnote markers that close the paragraph ("…Questions,[^2]").
 */
final class PunctuationFix {

	/** The end of a paragraph: an optional mark (or "; and"), then footnote markers and space. */
	private static final Pattern END = Pattern.compile("(;\\s+(and|or)|[,;:.])?((\\s*\\[\\^\\d+\\s*\\])*\\s*)$");

	private PunctuationFix() {
	}

	/**
	 * The replacement for the end of a text.
	 *
	 * @return start (relative to the text) and the new text from there, or null when nothing changes
	 */
	static Edit of(String text, String wanted) {
		Matcher matcher = END.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		int start = matcher.start(1) >= 0 ? matcher.start(1) : matcher.start(3);
		int end = matcher.start(3);
		String current = text.substring(start, end);
		if (current.equals(wanted)) {
			return null;
		}
		return new Edit(start, end, wanted);
	}

	/** Replace text[start, end) with replacement. */
	record Edit(int start, int end, String replacement) {
	}
}
