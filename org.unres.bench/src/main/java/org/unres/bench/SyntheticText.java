package org.unres.bench;

/** One generated source file: its file name and its text. */
public record SyntheticText(String fileName, String content) {
}
