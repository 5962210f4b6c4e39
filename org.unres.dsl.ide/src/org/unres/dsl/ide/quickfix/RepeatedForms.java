package org.unres.dsl.ide.quickfix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain form of a phrase written in its repeated form: "Also requests" → "Requests". */
final class RepeatedForms {

	private static final Pattern VERB = Pattern.compile("\\*\\s*(?:Also|Further)\\s+(\\S)(.*?)\\s*\\*");
	private static final Pattern OPENER = Pattern.compile("\\*\\s*(.+?)\\s+(?:also|further)\\s*\\*");

	private RepeatedForms() {
	}

	/** The plain phrase in italics, or null when the marked text is in no repeated form. */
	static String plainForm(String marked) {
		Matcher verb = VERB.matcher(marked.strip());
		if (verb.matches()) {
			return "*" + verb.group(1).toUpperCase() + verb.group(2) + "*";
		}
		Matcher opener = OPENER.matcher(marked.strip());
		if (opener.matches()) {
			return "*" + opener.group(1) + "*";
		}
		return null;
	}
}
