package org.unres.dsl.importer;

import java.util.List;

/**
 * One resolution or decision read from plain text: a suggested file name (without extension),
 * the {@code .unres} source, and the warnings about what was ambiguous.
 */
public record ImportedText(String name, String unres, List<ImportWarning> warnings) {
}
