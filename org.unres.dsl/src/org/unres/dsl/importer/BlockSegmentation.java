package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the running text into paragraphs. In text with one paragraph per line, every line that is
 * not blank is a paragraph. In wrapped PDF text a paragraph starts with an indented line and goes on
 * over the following lines. In both forms a paragraph that has not ended (no final . , ; or :)
 * goes on where the next line starts in lower case or resumes the text after a page break, unless
 * that line starts with a paragraph label.
 */
public final class BlockSegmentation {

	/** What starts a paragraph of its own: a number or a sub-paragraph label. */
	private static final Pattern LABEL = Pattern.compile("(\\d+(\\.\\d+)*\\.|\\([a-z]+\\)|[a-z]\\.)\\s");

	private BlockSegmentation() {
	}

	/** Whether the text is wrapped PDF text: a tenth or more of its lines start indented. */
	public static boolean isWrapped(List<SourceLine> lines) {
		long nonBlank = lines.stream().filter(line -> !line.isBlank()).count();
		long indented = lines.stream().filter(line -> !line.isBlank() && line.isIndented()).count();
		return nonBlank > 0 && indented * 10 >= nonBlank;
	}

	public static List<TextBlock> segment(List<SourceLine> lines, boolean wrapped, Set<Integer> resumptions) {
		List<TextBlock> blocks = new ArrayList<>();
		boolean open = false;
		for (SourceLine line : lines) {
			if (line.isBlank()) {
				open = false;
				continue;
			}
			String text = line.text().strip();
			// Tabs separate table cells, so only spaces are trimmed from a line of a table.
			TextBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
			boolean continues = last != null && (wrapped && open && !line.isIndented()
					|| !hasEnded(last.text()) && !LABEL.matcher(text).lookingAt() && (wrapped && open
							|| Character.isLowerCase(text.charAt(0)) || wrapped && resumptions.contains(line.number())));
			if (continues) {
				blocks.set(blocks.size() - 1, new TextBlock(last.line(), Dehyphenation.join(last.text(), text)));
			} else {
				boolean tableRow = line.text().indexOf('\t') >= 0;
				blocks.add(new TextBlock(line.number(), wrapped && !tableRow ? text : line.text().replaceAll("^ +| +$", "")));
			}
			open = true;
		}
		return blocks;
	}

	private static boolean hasEnded(String text) {
		char last = text.charAt(text.length() - 1);
		return last == '.' || last == ',' || last == ';' || last == ':';
	}
}
