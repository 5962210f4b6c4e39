package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of prose that name something the document's metadata knows, to be wrapped in an inline
 * element that refers to it: the acting body in the formula
 * ({@code <organization refersTo="#ga">The General Assembly</organization>}), the reporter and
 * the session of a reporting request ({@code <session refersTo="#ccpcj-session-21" value="21">}).
 * The first occurrence in a text is wrapped; phrases are matched ignoring case, as "Twenty-first
 * session" and "twenty-first session" name the same session.
 */
record Highlight(String phrase, String element, List<String[]> attributes) {

	static Highlight of(String phrase, String element, String... nameValuePairs) {
		List<String[]> attributes = new ArrayList<>();
		for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
			attributes.add(new String[] { nameValuePairs[i], nameValuePairs[i + 1] });
		}
		return new Highlight(phrase, element, attributes);
	}

	/** Where the phrase starts in the text at or after {@code from}, as a whole word; -1 if not. */
	int find(String text, int from) {
		int length = phrase.length();
		if (length == 0) {
			return -1;
		}
		// regionMatches ignores case without changing lengths, so offsets stay those of the text
		for (int at = Math.max(0, from); at + length <= text.length(); at++) {
			if (text.regionMatches(true, at, phrase, 0, length)
					&& (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
					&& (at + length == text.length() || !Character.isLetterOrDigit(text.charAt(at + length)))) {
				return at;
			}
		}
		return -1;
	}
}
