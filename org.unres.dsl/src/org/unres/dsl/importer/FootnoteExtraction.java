package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the footnotes' texts out of the running text. Two forms are read: notes on their own lines
 * starting with superscript digits ("¹ E/CN.7/2011/16"), and, in wrapped PDF text, blocks under a
 * "____" rule at the foot of a page, each note indented and starting with its number; a note's
 * wrapped lines start at the margin. The block ends where an indented line is not the next note:
 * the page's text resumes there; that line is remembered, since a paragraph may go on there.
 */
public final class FootnoteExtraction {

	/** The running text without the notes, and the notes in order. */
	public record Result(List<SourceLine> text, List<Note> notes, Set<Integer> resumptions) {

		/**
		 * The words to import, as plain text: the running text, its lines in order (so that a word a
		 * page broke around a footnote block is whole again across the line end), then the notes.
		 */
		public String plainText() {
			StringBuilder plain = new StringBuilder();
			text.forEach(line -> plain.append(line.text()).append('\n'));
			notes.forEach(note -> plain.append(note.text()).append('\n'));
			return plain.toString();
		}
	}

	private static final Pattern RULE = Pattern.compile("\\s*_{5,}\\s*");
	private static final Pattern WRAPPED_NOTE = Pattern.compile("\\s+(\\d{1,3})\\s+(\\S.*)");
	private static final Pattern SUPERSCRIPT_NOTE = Pattern.compile("\\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s+(\\S.*)");

	private FootnoteExtraction() {
	}

	public static Result extract(List<SourceLine> lines) {
		List<SourceLine> text = new ArrayList<>();
		List<Note> notes = new ArrayList<>();
		Set<Integer> resumptions = new HashSet<>();
		int i = 0;
		while (i < lines.size()) {
			SourceLine line = lines.get(i);
			Matcher superscript = SUPERSCRIPT_NOTE.matcher(line.text());
			if (superscript.matches()) {
				notes.add(new Note(Superscripts.value(superscript.group(1)), superscript.group(2).strip(), line.number()));
				i++;
			} else if (RULE.matcher(line.text()).matches()) {
				i = readBlock(lines, i + 1, notes);
				if (i < lines.size()) {
					resumptions.add(lines.get(i).number());
				}
			} else {
				text.add(line);
				i++;
			}
		}
		return new Result(text, notes, resumptions);
	}

	/** Reads the notes under a rule; returns the index of the first line after the block. */
	private static int readBlock(List<SourceLine> lines, int start, List<Note> notes) {
		int i = start;
		Note current = null;
		while (i < lines.size()) {
			SourceLine line = lines.get(i);
			if (line.isBlank()) {
				i++;
				continue;
			}
			Matcher note = WRAPPED_NOTE.matcher(line.text());
			if (note.matches() && isNextNumber(Integer.parseInt(note.group(1)), current, notes)) {
				if (current != null) {
					notes.add(current);
				}
				current = new Note(Integer.parseInt(note.group(1)), note.group(2).strip(), line.number());
			} else if (current != null && !line.isIndented()) {
				current = new Note(current.number(), Dehyphenation.join(current.text(), line.text()), current.line());
			} else {
				break;
			}
			i++;
		}
		if (current != null) {
			notes.add(current);
		}
		return i;
	}

	private static boolean isNextNumber(int number, Note current, List<Note> notes) {
		return current == null || number == current.number() + 1;
	}
}
