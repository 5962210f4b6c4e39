package org.unres.dsl.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The openers, verbs and adverbs of the built-in library ({@code library/un.unres}), read from its
 * text so that the importer recognizes exactly the phrases the validator knows. Longest first, so
 * that "Taking note" wins over "Taking" and "Expresses its concern" over "Expresses".
 */
public final class LibraryPhrases {

	private static final String LIBRARY = "/org/unres/dsl/library/un.unres";
	private static final Pattern PHRASE = Pattern.compile("^\\s*(opener|verb|adverb|modifier)\\s+\"([^\"]+)\"", Pattern.MULTILINE);

	private final List<String> openers = new ArrayList<>();
	private final List<String> verbs = new ArrayList<>();
	private final List<String> adverbs = new ArrayList<>();
	private final List<String> modifiers = new ArrayList<>();

	public static LibraryPhrases builtIn() {
		try (InputStream in = LibraryPhrases.class.getResourceAsStream(LIBRARY)) {
			if (in == null) {
				throw new IllegalStateException("the built-in library " + LIBRARY + " is missing");
			}
			return new LibraryPhrases(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	LibraryPhrases(String library) {
		Matcher matcher = PHRASE.matcher(library);
		while (matcher.find()) {
			(switch (matcher.group(1)) {
			case "opener" -> openers;
			case "verb" -> verbs;
			case "adverb" -> adverbs;
			default -> modifiers;
			}).add(matcher.group(2));
		}
		Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
		openers.sort(longestFirst);
		verbs.sort(longestFirst);
		adverbs.sort(longestFirst);
		modifiers.sort(longestFirst);
	}

	/** The opener a preambular paragraph starts with, with its modifier ("Recalling also"), or null. */
	public String openerOf(String text) {
		String core = startOf(text, openers);
		if (core == null) {
			return null;
		}
		return withModifier(text, core);
	}

	/** The phrase with the library modifier that follows it in the text ("Noting with concern"), if any. */
	private String withModifier(String text, String phrase) {
		String rest = text.substring(phrase.length());
		for (String modifier : modifiers) {
			if (startsWithWord(rest, " " + modifier)) {
				return phrase + " " + modifier;
			}
		}
		return phrase;
	}

	/** The verb an operative paragraph starts with, with its adverb ("Also requests"), or null. */
	public String verbOf(String text) {
		String verb = startOf(text, verbs);
		if (verb != null) {
			return withModifier(text, verb);
		}
		for (String adverb : adverbs) {
			if (text.startsWith(adverb + " ")) {
				String rest = text.substring(adverb.length() + 1);
				for (String candidate : verbs) {
					String lower = Character.toLowerCase(candidate.charAt(0)) + candidate.substring(1);
					if (startsWithWord(rest, lower)) {
						return withModifier(text, adverb + " " + lower);
					}
				}
			}
		}
		return null;
	}

	private static String startOf(String text, List<String> phrases) {
		for (String phrase : phrases) {
			if (startsWithWord(text, phrase)) {
				return phrase;
			}
		}
		return null;
	}

	private static boolean startsWithWord(String text, String phrase) {
		return text.startsWith(phrase)
				&& (text.length() == phrase.length() || !Character.isLetter(text.charAt(phrase.length())));
	}
}
