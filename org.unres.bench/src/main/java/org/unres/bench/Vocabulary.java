package org.unres.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unres.dsl.library.BuiltinLibrary;

/**
 * The openers and verbs of the built-in library, read from the same resource the language loads,
 * so that synthetic texts use exactly the vocabulary the validator accepts.
 */
record Vocabulary(List<String> openers, List<String> verbs) {

	private static final Pattern ENTRY = Pattern.compile("^(opener|verb) \"([^\"]+)\"\\s*$", Pattern.MULTILINE);

	static Vocabulary builtin() {
		try (InputStream in = BuiltinLibrary.class.getResourceAsStream(BuiltinLibrary.PATH)) {
			if (in == null) {
				throw new IllegalStateException("the built-in library " + BuiltinLibrary.PATH + " is not on the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Vocabulary parse(String library) {
		List<String> openers = new ArrayList<>();
		List<String> verbs = new ArrayList<>();
		Matcher m = ENTRY.matcher(library);
		while (m.find()) {
			if (m.group(1).equals("opener")) {
				openers.add(m.group(2));
			} else if (!m.group(2).endsWith("ed")) {
				// Past-tense verbs ("Decided") belong to decisions told by a report, not to resolutions.
				verbs.add(m.group(2));
			}
		}
		if (openers.isEmpty() || verbs.isEmpty()) {
			throw new IllegalStateException("the built-in library declares no openers or no verbs");
		}
		return new Vocabulary(List.copyOf(openers), List.copyOf(verbs));
	}
}
