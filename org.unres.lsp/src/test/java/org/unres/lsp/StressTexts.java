package org.unres.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Texts made from a real example to strain the server: a very long one and a broken one. */
final class StressTexts {

	private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("(?m)^(\\d+)\\. ");
	private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^(\\d+)\\]");

	private StressTexts() {
	}

	/**
	 * The example's heading and preamble, then its body (from the first numbered paragraph)
	 * repeated until the text has at least the given number of characters: paragraphs are
	 * renumbered on and footnotes get numbers of their own, so the text stays a plausible one.
	 */
	static String long_(String example, int characters) {
		Matcher first = PARAGRAPH_NUMBER.matcher(example);
		if (!first.find()) {
			throw new AssertionError("the example has no numbered paragraph");
		}
		String head = example.substring(0, first.start());
		String body = example.substring(first.start());
		StringBuilder text = new StringBuilder(head);
		int number = 0;
		for (int copy = 0; text.length() < characters; copy++) {
			int footnoteOffset = copy * 1000;
			String renumberedNotes = FOOTNOTE.matcher(body)
					.replaceAll(m -> "[^" + (Integer.parseInt(m.group(1)) + footnoteOffset) + "]");
			Matcher numbers = PARAGRAPH_NUMBER.matcher(renumberedNotes);
			StringBuilder renumbered = new StringBuilder();
			while (numbers.find()) {
				numbers.appendReplacement(renumbered, ++number + ". ");
			}
			numbers.appendTail(renumbered);
			text.append(renumbered).append('\n');
		}
		return text.toString();
	}

	/** The example with every line damaged: unbalanced brackets, stray markup, broken @-lines. */
	static String broken(String example) {
		List<String> lines = new ArrayList<>();
		int i = 0;
		for (String line : example.split("\n", -1)) {
			int middle = line.length() / 2;
			String damaged = switch (i++ % 5) {
			case 0 -> "[" + line.substring(0, middle) + "*" + line.substring(middle);
			case 1 -> "@" + line + " ]]";
			case 2 -> line.substring(0, middle) + "[^" + "“" + line.substring(middle);
			case 3 -> "*" + line.replace(" ", " [ ");
			default -> "(" + line + " @report to";
			};
			lines.add(damaged);
		}
		return String.join("\n", lines);
	}
}
