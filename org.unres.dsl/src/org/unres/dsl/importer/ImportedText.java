package org.unres.dsl.importer;

import java.util.List;

/**
 * One resolution or decision read from plain text: a suggested file name (without extension),
 * the {@code .unres} source, and the warnings about what was ambiguous.
 */
public record ImportedText(String name, String unres, List<ImportWarning> warnings) {

	/** Whether the input held no text at all (blank, or only page furniture): nothing to write. */
	public boolean isEmpty() {
		return unres.isEmpty();
	}
}
