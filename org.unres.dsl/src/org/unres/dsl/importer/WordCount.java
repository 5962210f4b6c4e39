package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words counted with their repeats, to check that no word of a text is lost on its way: words are
 * runs of two or more letters (numbers, markers and punctuation do not count).
 */
public final class WordCount {

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
	/** A hyphen between lower-case letters, with any line break after it: a word the layout may have broken. */
	private static final Pattern BREAK = Pattern.compile("(\\p{Ll})-\\s*(\\p{Ll})");

	private WordCount() {
	}

	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/** The words of {@code a} that {@code b} lacks, counting repeats (a multiset difference). */
	public static List<String> missingFrom(List<String> a, List<String> b) {
		Map<String, Integer> available = new HashMap<>();
		b.forEach(word -> available.merge(word, 1, Integer::sum));
		List<String> missing = new ArrayList<>();
		for (String word : a) {
			if (available.merge(word, -1, Integer::sum) < 0) {
				missing.add(word);
			}
		}
		return missing;
	}

	/**
	 * The words of plain text that a {@code .unres} text written from it lacks. Words the layout
	 * broke at a hyphen count as mended on both sides, and "Annex" as the {@code @annex} that
	 * stands for it.
	 */
	public static List<String> lost(String plain, String unres) {
		return missingFrom(words(BREAK.matcher(plain).replaceAll("$1$2")),
				words(BREAK.matcher(unres.replace("@annex", "Annex")).replaceAll("$1$2")));
	}
}
