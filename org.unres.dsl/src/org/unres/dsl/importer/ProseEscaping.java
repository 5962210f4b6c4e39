package org.unres.dsl.importer;

import java.util.List;

/**
 * Replaces the characters that are markup in the language's prose ({@code [ ] * | # @ { } ^ "}) by
 * printed look-alikes, so that the words stay and the text still parses; each replacement is warned
 * about, as is a quotation mark added to pair one up.
 */
public final class ProseEscaping {

	private ProseEscaping() {
	}

	public static String escape(String text, int line, List<ImportWarning> warnings) {
		StringBuilder out = new StringBuilder();
		boolean openQuote = true;
		for (char c : text.toCharArray()) {
			String replacement = switch (c) {
			case '"' -> {
				String quote = openQuote ? "“" : "”";
				openQuote = !openQuote;
				yield quote;
			}
			case '[' -> "(";
			case ']' -> ")";
			case '*' -> "";
			case '|' -> "/";
			case '#' -> "No.";
			case '@' -> "(at)";
			case '{' -> "(";
			case '}' -> ")";
			case '^' -> "";
			default -> null;
			};
			if (replacement == null) {
				out.append(c);
			} else {
				out.append(replacement);
				warnings.add(new ImportWarning(line, "'" + c + "' is markup in .unres; written as '" + replacement + "'"));
			}
		}
		return balanceQuotes(out.toString(), line, warnings);
	}

	/**
	 * Quotation marks are markup that must pair up within one paragraph; a quotation printed over
	 * several paragraphs opens each and closes only at the last. An unclosed one is closed at the
	 * end of the paragraph, one closed without opening is opened at its start, with a warning.
	 */
	static String balanceQuotes(String text, int line, List<ImportWarning> warnings) {
		int open = 0;
		int unopened = 0;
		for (char c : text.toCharArray()) {
			if (c == '“') {
				open++;
			} else if (c == '”') {
				if (open > 0) {
					open--;
				} else {
					unopened++;
				}
			}
		}
		if (open == 0 && unopened == 0) {
			return text;
		}
		warnings.add(new ImportWarning(line, "a quotation does not " + (open > 0 ? "close" : "open")
				+ " within the paragraph (one printed over several paragraphs?); " + (open > 0 ? "closed at its end" : "opened at its start")
				+ ": check it"));
		return "“".repeat(unopened) + text + "”".repeat(open);
	}
}
