package org.unres.dsl.importer;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the citations of a paragraph in square brackets, the language's citation markup: Official
 * Records, treaties, resolutions and decisions (with the body that adopted them and their dates),
 * document symbols, and references to the text's own paragraphs. Text already in brackets (such as
 * footnote markers) is left alone, so a citation is never marked twice.
 */
public final class InlineCitations {

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
	private static final String DATE = "\\d{1,2} " + MONTH + " \\d{4}";
	private static final String ENTRY = "\\d+/\\d+(?: [A-Z](?![\\w/]))?(?: of " + DATE + ")?";
	private static final String BODY = "(?:(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council"
			+ "|Commission on Crime Prevention and Criminal Justice|Commission on Narcotic Drugs|Commission|Council|Assembly|its|their) )?";
	private static final Pattern RESOLUTION = Pattern.compile("(?<![\\w-])" + BODY + "(?:resolutions?|decisions?|Resolution|Decision) "
			+ ENTRY + "(?:(?:, and|,| and) " + ENTRY + ")*(?:, (?:annex|section [A-Z])(?![\\w-]))?(?![\\d/])");
	private static final Pattern RECORDS = Pattern.compile("Official Records of the [^;\\[\\]]*?Supplement No\\. \\d+[A-Z]?(?: \\([^()\\[\\]]*\\))?");
	private static final String VOLUMES = "vols?\\. \\d+(?:(?:,| and) \\d+)*, No\\. \\d+";
	private static final Pattern TREATY = Pattern.compile("United Nations, Treaty Series, " + VOLUMES);
	private static final Pattern IBID = Pattern.compile("Ibid\\.(?:, " + VOLUMES + ")?");
	private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/.\\-(])[A-Z][A-Z0-9.]*/[A-Za-z0-9./\\-]*[A-Za-z0-9]");
	private static final Pattern OWN_PARAGRAPH = Pattern.compile("(?<![\\w-])paragraph (\\d+)(?= (?:above|below|of the present))");
	/** "paragraph (a) above", "paragraphs (c) (i) and (ii) above", "paragraph 3 (b) of the present resolution" */
	private static final String LETTERED = "(?:\\d+ )?\\([a-z]+\\)(?: \\([a-z]+\\))*";
	private static final Pattern OWN_LETTERED_PARAGRAPHS = Pattern.compile("(?<![\\w-])paragraphs? " + LETTERED
			+ "(?:(?:, and|,| and) " + LETTERED + ")*(?= (?:above|below|of the present))");
	private static final Pattern LABEL = Pattern.compile("(?<=\\s|^)(\\d+)(?= )|\\([a-z]+\\)");

	private InlineCitations() {
	}

	/**
	 * The paragraph with its citations marked; {@code labels} are the labels of the text's own
	 * paragraphs and sub-paragraphs ("5", "(c)", "(ii)"). A reference is marked only when every
	 * label it names is one of them; otherwise it stays prose.
	 */
	public static String mark(String text, Set<String> labels) {
		String marked = outsideBrackets(text, RECORDS, match -> "[" + match.group() + "]");
		marked = outsideBrackets(marked, TREATY, match -> "[" + match.group() + "]");
		marked = outsideBrackets(marked, RESOLUTION, match -> "[" + match.group() + "]");
		marked = outsideBrackets(marked, SYMBOL, match -> "[" + match.group() + "]");
		marked = outsideBrackets(marked, OWN_LETTERED_PARAGRAPHS,
				match -> allKnown(match.group(), labels) ? "[" + match.group() + "]" : match.group());
		return outsideBrackets(marked, OWN_PARAGRAPH,
				match -> labels.contains(match.group(1)) ? "[" + match.group() + "]" : match.group());
	}

	private static boolean allKnown(String reference, Set<String> labels) {
		Matcher label = LABEL.matcher(reference);
		while (label.find()) {
			if (!labels.contains(label.group())) {
				return false;
			}
		}
		return true;
	}

	/** A note that is only "Ibid." or "Ibid., vol. 2349, No. 42146": the source of the note before it. */
	public static String markIbid(String note) {
		Matcher ibid = IBID.matcher(note);
		return ibid.lookingAt() ? "[" + ibid.group() + "]" + note.substring(ibid.end()) : note;
	}

	private static String outsideBrackets(String text, Pattern pattern, Function<Matcher, String> replacement) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		int segmentStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '\0';
			if (i == text.length() || c == '[' && depth++ == 0) {
				out.append(replaceAll(text.substring(segmentStart, i), pattern, replacement));
				segmentStart = i;
			} else if (c == ']' && depth > 0 && --depth == 0) {
				out.append(text, segmentStart, i + 1);
				segmentStart = i + 1;
			}
		}
		return out.toString();
	}

	private static String replaceAll(String segment, Pattern pattern, Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(segment);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
