package org.unres.dsl.importer;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the printed footnote markers of a paragraph into {@code [^n]}: superscript digits, and in
 * wrapped PDF text the plain digits glued to a word or punctuation ("Justice;3", "(A/65/6)4") or to a
 * year ("198868": 1988 and note 68). Plain digits count as a marker only when a note with that
 * number exists in the text and the digits do not belong to an abbreviation ("Corr.1") or a symbol.
 */
public final class FootnoteMarkers {

	private static final Pattern SUPERSCRIPT = Pattern.compile("[" + Superscripts.DIGITS + "]+");
	private static final Pattern GLUED = Pattern.compile("(?<=[\\p{L}.,;:)”’])(\\d{1,3})(?=[\\s,;:.)”’]|$)");
	private static final Pattern YEAR_AND_MARKER = Pattern.compile("(?<![\\d/.])((?:19|20)\\d\\d)(\\d{1,2})(?=[\\s,;:.)”’]|$)");
	private static final Pattern ABBREVIATION = Pattern.compile("(?:^|\\s|\\()(?:Add|Corr|Rev|No|Nos|vol|Sect|chap|para|sect|art|Amend|Suppl)\\.$");

	private FootnoteMarkers() {
	}

	/** The text with its markers as {@code [^n]}; {@code notes} holds the numbers of the text's notes. */
	public static String mark(String text, Set<Integer> notes) {
		String marked = replace(text, SUPERSCRIPT, (input, match) -> notes.contains(Superscripts.value(match.group()))
				? "[^" + Superscripts.value(match.group()) + "]" : match.group());
		if (notes.isEmpty()) {
			return marked;
		}
		marked = replace(marked, GLUED, (input, match) -> {
			int number = Integer.parseInt(match.group(1));
			char before = input.charAt(match.start() - 1);
			boolean afterPunctuation = ",;:)”’".indexOf(before) >= 0;
			return notes.contains(number) && (afterPunctuation || !belongsToToken(tokenBefore(input, match.start())))
					? "[^" + number + "]" : match.group();
		});
		return replace(marked, YEAR_AND_MARKER, (input, match) -> {
			int number = Integer.parseInt(match.group(2));
			return notes.contains(number) ? match.group(1) + "[^" + number + "]" : match.group();
		});
	}

	private static String tokenBefore(String input, int end) {
		int start = end;
		while (start > 0 && !Character.isWhitespace(input.charAt(start - 1))) {
			start--;
		}
		return input.substring(start, end);
	}

	private static boolean belongsToToken(String before) {
		return before.contains("/") || ABBREVIATION.matcher(" " + before).find() || before.endsWith("[^");
	}

	private static String replace(String input, Pattern pattern, BiFunction<String, Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(input);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(input, matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
