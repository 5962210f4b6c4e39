package org.unres.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;

/**
 * Diagnostics as compilers print them, one per line, {@code path:line:column: severity: message [code]},
 * or as a JSON array for tools; paths relative to the working folder.
 */
final class DiagnosticFormat {

	private DiagnosticFormat() {
	}

	static String format(Path file, Issue issue) {
		String code = issue.getCode() == null ? "" : " [" + issue.getCode() + "]";
		return display(file) + ":" + number(issue.getLineNumber()) + ":" + number(issue.getColumn()) + ": "
				+ severity(issue) + ": " + issue.getMessage() + code;
	}

	/** One JSON object per diagnostic, in an array; lines and columns count from 1. */
	static String json(List<Workspace.SourceFile> files, boolean infos) {
		StringBuilder json = new StringBuilder("[");
		String separator = "\n  ";
		for (Workspace.SourceFile file : files) {
			for (Issue issue : file.issues()) {
				if (!infos && issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.INFO) {
					continue;
				}
				json.append(separator).append("{\"file\": ").append(quote(display(file.path())))
						.append(", \"line\": ").append(number(issue.getLineNumber()))
						.append(", \"column\": ").append(number(issue.getColumn()))
						.append(", \"endLine\": ").append(number(issue.getLineNumberEnd()))
						.append(", \"endColumn\": ").append(number(issue.getColumnEnd()))
						.append(", \"severity\": ").append(quote(severity(issue)))
						.append(", \"message\": ").append(quote(issue.getMessage()))
						.append(", \"code\": ").append(issue.getCode() == null ? "null" : quote(issue.getCode()))
						.append('}');
				separator = ",\n  ";
			}
		}
		return json.append(json.length() > 1 ? "\n]" : "]").toString();
	}

	private static String severity(Issue issue) {
		return issue.getSeverity().name().toLowerCase(Locale.ROOT);
	}

	private static int number(Integer value) {
		return value == null ? 1 : value;
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			default -> {
				if (c < 0x20) {
					quoted.append(String.format("\\u%04x", (int) c));
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}

	static String display(Path file) {
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
	}
}
