package org.unres.dsl.vocabulary;

import java.util.List;

/**
 * Splits an italic lead into its parts: "Also requests" is adverb "Also" and verb "Requests";
 * "Noting with concern" is opener "Noting" and modifier "with concern".
 *
 * @param adverb  the adverb before the core, or null
 * @param core    the phrase from the vocabulary, or null when none fits
 * @param modifier the words after the core, or null
 */
public record PhraseAnalysis(String adverb, String core, String modifier) {

	public boolean isKnown() {
		return core != null;
	}

	/**
	 * Reads a lead against the vocabulary.
	 *
	 * @param lead      the italic words, such as "Also requests"
	 * @param cores     the openers or verbs, longest first
	 * @param adverbs   words that may precede the core (capitalized)
	 * @param modifiers words that may follow the core
	 */
	public static PhraseAnalysis of(String lead, List<String> cores, List<String> adverbs, List<String> modifiers) {
		String text = lead.strip().replaceAll("\\s+", " ");
		PhraseAnalysis plain = match(null, text, cores, modifiers);
		if (plain != null) {
			return plain;
		}
		for (String adverb : adverbs) {
			if (text.startsWith(adverb + " ")) {
				String rest = text.substring(adverb.length() + 1);
				PhraseAnalysis withAdverb = match(adverb, capitalize(rest), cores, modifiers);
				if (withAdverb != null) {
					return withAdverb;
				}
			}
		}
		return new PhraseAnalysis(null, null, null);
	}

	private static PhraseAnalysis match(String adverb, String text, List<String> cores, List<String> modifiers) {
		for (String core : cores) {
			if (text.equals(core)) {
				return new PhraseAnalysis(adverb, core, null);
			}
			if (text.startsWith(core + " ")) {
				String rest = text.substring(core.length() + 1);
				if (modifiers.contains(rest)) {
					return new PhraseAnalysis(adverb, core, rest);
				}
			}
		}
		return null;
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
