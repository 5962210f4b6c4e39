package org.unres.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running words of a text, for comparing an example with the corpus text it renders:
 * lower-case words of two or more letters, so that layout, numbering, footnote markers, page
 * furniture and markup do not count.
 */
final class CorpusWords {

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
	/** A word broken across lines by the PDF layout: "Commis-\nsion". */
	private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})");

	private CorpusWords() {
	}

	/** The words of a corpus file, hyphenation across line ends undone. */
	static List<String> ofCorpus(String text) {
		return words(HYPHENATED.matcher(text).replaceAll("$1$2"));
	}

	/** The words an example prints: heading lines ("@…") and comments left out. */
	static List<String> ofExample(String text) {
		StringBuilder printed = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (!trimmed.startsWith("@") && !trimmed.startsWith("//")) {
				printed.append(line).append('\n');
			}
		}
		return words(printed.toString());
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}


	/** Length of the longest common subsequence: the words both texts have, in the same order. */
	static int commonInOrder(List<String> a, List<String> b) {
		int[] previous = new int[b.size() + 1];
		int[] current = new int[b.size() + 1];
		for (int i = 1; i <= a.size(); i++) {
			for (int j = 1; j <= b.size(); j++) {
				current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1
						: Math.max(previous[j], current[j - 1]);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.size()];
	}
}
