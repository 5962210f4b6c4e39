package org.unres.dsl.importer;

/** A paragraph of the input as one line of text (lines joined, hyphenation undone), with its first line number. */
public record TextBlock(int line, String text) {
}
