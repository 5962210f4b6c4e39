package org.unres.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;

/**
 * One diagnostic per line in the form compilers use and editors and CI systems parse:
 * {@code path:line:column: severity: message [code]}, the path relative to the working folder.
 */
final class DiagnosticFormat {

	private DiagnosticFormat() {
	}

	static String format(Path file, Issue issue) {
		String severity = issue.getSeverity().name().toLowerCase(Locale.ROOT);
		String code = issue.getCode() == null ? "" : " [" + issue.getCode() + "]";
		return display(file) + ":" + number(issue.getLineNumber()) + ":" + number(issue.getColumn()) + ": " + severity
				+ ": " + issue.getMessage() + code;
	}

	private static int number(Integer value) {
		return value == null ? 1 : value;
	}

	static String display(Path file) {
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
	}
}
