package org.unres.dsl.ui.editor;

/** Reads the Markdown of language server hovers as plain text for the default hover control. */
final class MarkdownText {

	private MarkdownText() {
	}

	static String plain(String markdown) {
		if (markdown == null) {
			return null;
		}
		return markdown.replaceAll("(?m)^```\\w*\\s*$", "") // code fences
				.replaceAll("\\*\\*(.+?)\\*\\*", "$1") // bold
				.replaceAll("(?<![\\w*])_(.+?)_(?![\\w*])", "$1") // italics with underscores
				.replaceAll("`([^`]*)`", "$1") // inline code
				.replaceAll("(?m)^#+\\s*", "") // headings
				.replaceAll("\\\\([\\\\`*_\\[\\]#+\\-.!])", "$1") // escapes
				.replaceAll("\n{3,}", "\n\n").strip();
	}
}
