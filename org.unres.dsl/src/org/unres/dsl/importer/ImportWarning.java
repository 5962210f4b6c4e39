package org.unres.dsl.importer;

/** Something the importer could not read with certainty; the text concerned is kept as it is. */
public record ImportWarning(int line, String message) {

	@Override
	public String toString() {
		return line + ": " + message;
	}
}
