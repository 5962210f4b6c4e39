package org.unres.dsl.importer;

import java.util.List;

/**
 * Replaces the characters that are markup in the language's prose ({@code [ ] * | # @ { } ^ "}) by
 * printed look-alikes, so that the words stay and the text still parses; each replacement is warned about.
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
		return out.toString();
	}
}
