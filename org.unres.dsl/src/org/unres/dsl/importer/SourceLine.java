package org.unres.dsl.importer;

/** One line of the plain text being imported, with its 1-based line number in the input file. */
public record SourceLine(int number, String text) {

	public boolean isBlank() {
		return text.isBlank();
	}

	/** Whether the layout indents the line: in wrapped PDF text a paragraph starts indented. */
	public boolean isIndented() {
		return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
	}
}
