package org.unres.dsl.importer;

import java.util.List;

/** Emits the {@code .unres} text: one element per line, blank lines between blocks as in the examples. */
final class UnresWriter {

	private final StringBuilder out = new StringBuilder();

	void comment(String text) {
		out.append("// ").append(text).append('\n');
	}

	void heading(boolean draft, String kind, String designation) {
		out.append(draft ? "Draft " + kind.toLowerCase(java.util.Locale.ROOT) : kind);
		if (designation != null) {
			out.append(' ').append(designation);
		}
		out.append('\n');
	}

	void metadata(String line) {
		out.append(line).append('\n');
	}

	void title(String title) {
		out.append("\n# ").append(title).append('\n');
	}

	void block(String text) {
		out.append('\n').append(text).append('\n');
	}

	void lineUnderBlock(String text) {
		out.append(text).append('\n');
	}

	void note(int number, String text) {
		block("[^" + number + "]: " + text);
	}

	void table(String caption, List<List<String>> header, List<List<String>> body) {
		out.append('\n');
		if (caption != null) {
			out.append("|+ ").append(caption).append('\n');
		}
		header.forEach(this::row);
		if (!header.isEmpty()) {
			int columns = header.get(0).size();
			out.append("|---".repeat(columns)).append("|\n");
		}
		body.forEach(this::row);
	}

	private void row(List<String> cells) {
		for (String cell : cells) {
			out.append("| ").append(cell.isBlank() ? "" : cell.strip() + " ");
		}
		out.append("|\n");
	}

	void annex(String designation) {
		out.append("\n@annex").append(designation == null ? "" : " " + designation).append('\n');
	}

	void attachment() {
		out.append("\n@attachment\n");
	}

	String text() {
		return out.toString();
	}
}
