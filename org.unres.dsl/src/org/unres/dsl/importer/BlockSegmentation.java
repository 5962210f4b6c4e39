package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the running text into paragraphs. In text with one paragraph per line, every line that is
 * not blank is a paragraph. In wrapped PDF text a paragraph starts with an indented line and goes on
 * over the lines at the margin; where a page break interrupted it (a footnote block, page
 * furniture), the indented line that resumes the text continues the paragraph when that paragraph
 * has not ended.
 */
public final class BlockSegmentation {

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
		if (!wrapped) {
			for (SourceLine line : lines) {
				if (!line.isBlank()) {
					blocks.add(new TextBlock(line.number(), line.text().strip()));
				}
			}
			return blocks;
		}
		boolean open = false;
		for (SourceLine line : lines) {
			if (line.isBlank()) {
				open = false;
				continue;
			}
			String text = line.text().strip();
			TextBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
			boolean continues = last != null && (open && !line.isIndented()
					|| !open && !hasEnded(last.text()) && (Character.isLowerCase(text.charAt(0)) || resumptions.contains(line.number())));
			if (continues) {
				blocks.set(blocks.size() - 1, new TextBlock(last.line(), Dehyphenation.join(last.text(), text)));
			} else {
				blocks.add(new TextBlock(line.number(), text));
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
