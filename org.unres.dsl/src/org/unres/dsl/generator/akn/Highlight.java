package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
		String haystack = text.toLowerCase(Locale.ROOT);
		String needle = phrase.toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			return -1;
		}
		for (int at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
			int end = at + needle.length();
			boolean endsWord = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
			if (startsWord && endsWord) {
				return at;
			}
		}
		return -1;
	}
}
