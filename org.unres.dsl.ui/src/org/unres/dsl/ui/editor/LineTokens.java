package org.unres.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one line of UNRES text into the kinds of words a reader scans for, as the grammar's line
 * rules have them: what begins a line decides what the line is (comment, title, heading, table
 * row, @-line, labelled paragraph), and inside prose the inline markup stands out (italic openers
 * and verbs, [citations], [^n] footnote markers, “quotations”). Lexical only: semantic
 * highlighting refines it once the text is parsed.
 */
final class LineTokens {

	enum Kind {
		COMMENT, TITLE, HEADING, KIND, METADATA, KEYWORD, LABEL, OPENER, VERB, EMPHASIS, CITATION, FOOTNOTE, QUOTATION,
		STRING, TABLE
	}

	/** A run of characters of one kind, in line coordinates. */
	record Span(int start, int end, Kind kind) {
	}

	private static final Pattern LABEL = Pattern.compile("^(\\d+(\\.\\d+)*\\.|\\([a-z]+\\)|[a-z]\\.(?=[ \\t])|-(?=[ \\t]))");
	private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^\\d+\\]:");
	private static final Pattern KIND_LINE = Pattern.compile("^(Draft +)?(Resolution|Decision|resolution|decision)\\b");
	private static final Pattern AT_WORD = Pattern.compile("^@[\\w-]+");
	private static final Pattern LIBRARY_WORD = Pattern
			.compile("^(library|body|officer|opener|verb|modifier|adverb|alias|formula|numbering|session)\\b");
	private static final Pattern INLINE = Pattern
			.compile("(?<footnote>\\[\\^\\d+\\])|(?<citation>\\[[^\\]\\n]*\\])|(?<emphasis>\\*[^*\\n]+\\*)|(?<quotation>“[^”\\n]*”)");
	private static final Pattern STRINGS = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");

	private LineTokens() {
	}

	/**
	 * The spans of a line (gaps are plain text).
	 *
	 * @param line     the line without its line break
	 * @param inHeader whether the line comes before the title (the kind and @-lines)
	 * @param library  whether the file is a library
	 */
	static List<Span> of(String line, boolean inHeader, boolean library) {
		List<Span> spans = new ArrayList<>();
		int indent = 0;
		while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
			indent++;
		}
		String rest = line.substring(indent);
		if (rest.startsWith("//")) {
			spans.add(new Span(indent, line.length(), Kind.COMMENT));
		} else if (rest.startsWith("##")) {
			spans.add(new Span(indent, line.length(), Kind.HEADING));
		} else if (rest.startsWith("#")) {
			spans.add(new Span(indent, line.length(), Kind.TITLE));
		} else if (rest.startsWith("|")) {
			spans.add(new Span(indent, line.length(), Kind.TABLE));
		} else if (rest.startsWith("@")) {
			Matcher word = AT_WORD.matcher(rest);
			if (word.find()) {
				spans.add(new Span(indent, indent + word.end(), Kind.METADATA));
			}
			addStrings(line, indent, spans);
		} else if (library) {
			Matcher word = LIBRARY_WORD.matcher(rest);
			if (word.find()) {
				spans.add(new Span(indent, indent + word.end(), Kind.KEYWORD));
			}
			addStrings(line, indent, spans);
		} else if (inHeader && KIND_LINE.matcher(rest).find()) {
			Matcher kind = KIND_LINE.matcher(rest);
			kind.find();
			spans.add(new Span(indent, indent + kind.end(), Kind.KIND));
		} else {
			addProse(line, indent, rest, spans);
		}
		return spans;
	}

	private static void addProse(String line, int indent, String rest, List<Span> spans) {
		int from = indent;
		boolean labelled = false;
		Matcher footnote = FOOTNOTE_DEFINITION.matcher(rest);
		Matcher label = LABEL.matcher(rest);
		if (footnote.find()) {
			spans.add(new Span(indent, indent + footnote.end(), Kind.FOOTNOTE));
			from = indent + footnote.end();
		} else if (label.find()) {
			spans.add(new Span(indent, indent + label.end(), Kind.LABEL));
			from = indent + label.end();
			labelled = true;
		}
		int leadPosition = skipBlanks(line, from);
		Matcher inline = INLINE.matcher(line);
		inline.region(from, line.length());
		while (inline.find()) {
			Kind kind;
			if (inline.group("footnote") != null) {
				kind = Kind.FOOTNOTE;
			} else if (inline.group("citation") != null) {
				kind = Kind.CITATION;
			} else if (inline.group("quotation") != null) {
				kind = Kind.QUOTATION;
			} else if (inline.start() == leadPosition) {
				// the italic words that open a line: a verb after a label, an opener without one
				kind = labelled ? Kind.VERB : Kind.OPENER;
			} else {
				kind = Kind.EMPHASIS;
			}
			spans.add(new Span(inline.start(), inline.end(), kind));
		}
	}

	private static void addStrings(String line, int from, List<Span> spans) {
		Matcher strings = STRINGS.matcher(line);
		strings.region(from, line.length());
		while (strings.find()) {
			spans.add(new Span(strings.start(), strings.end(), Kind.STRING));
		}
	}

	private static int skipBlanks(String line, int from) {
		int i = from;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}
}
