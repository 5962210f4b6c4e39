package org.unres.dsl.importer;

/** A footnote's text as printed, with its number and the line it starts on. */
public record Note(int number, String text, int line) {
}
