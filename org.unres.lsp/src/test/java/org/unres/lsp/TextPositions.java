package org.unres.lsp;

import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Offsets and LSP positions (line and UTF-16 column, both from 0) in a text. */
final class TextPositions {

	private TextPositions() {
	}

	static Position of(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	static int offsetOf(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
			if (offset == 0) {
				throw new IllegalArgumentException("no line " + position.getLine());
			}
		}
		return offset + position.getCharacter();
	}

	/** The position of the '|' in a marker such as "*Req|uests*", found in the text. */
	static Position at(String text, String marker) {
		int bar = marker.indexOf('|');
		String plain = marker.replace("|", "");
		int found = text.indexOf(plain);
		if (found < 0) {
			throw new AssertionError("'" + plain + "' is not in the text");
		}
		return of(text, found + bar);
	}

	static String substring(String text, Range range) {
		return text.substring(offsetOf(text, range.getStart()), offsetOf(text, range.getEnd()));
	}

	/** The text with the edits applied (edits do not overlap; they are applied from the end). */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<? extends TextEdit> sorted = edits.stream().sorted((a, b) -> Integer
				.compare(offsetOf(text, b.getRange().getStart()), offsetOf(text, a.getRange().getStart()))).toList();
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offsetOf(text, edit.getRange().getStart()), offsetOf(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}
}
