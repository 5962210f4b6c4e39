package org.unres.dsl.vocabulary;

import java.util.List;

/** Finds the phrase a drafter most likely meant: "Request" for "Requests", "Recalls" for "Recalling". */
public final class Suggestions {

	private Suggestions() {
	}

	/** The closest candidate, or null when none is close enough to be a plausible slip. */
	public static String closest(String word, List<String> candidates) {
		String best = null;
		int bestScore = Integer.MAX_VALUE;
		String lower = word.toLowerCase();
		for (String candidate : candidates) {
			String other = candidate.toLowerCase();
			int distance = levenshtein(lower, other);
			int shared = commonPrefix(lower, other);
			// A long shared stem ("Recall-s" / "Recall-ing") counts as closeness too.
			int score = Math.min(distance, shared >= 5 ? Math.max(1, Math.max(lower.length(), other.length()) - shared) : distance);
			if (score < bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		int tolerance = Math.max(2, word.length() / 3);
		return bestScore <= tolerance ? best : null;
	}

	static int commonPrefix(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
