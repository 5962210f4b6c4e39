package org.unres.cli;

import org.eclipse.xtext.diagnostics.Severity;

/** Counts diagnostics by severity and says what they add up to. */
final class Tally {

	private int errors;
	private int warnings;
	private int infos;

	void count(Severity severity) {
		switch (severity) {
		case ERROR -> errors++;
		case WARNING -> warnings++;
		default -> infos++;
		}
	}

	boolean failed(boolean warningsAsErrors) {
		return errors > 0 || (warningsAsErrors && warnings > 0);
	}

	String summary(int files) {
		return plural(files, "file") + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
				+ plural(infos, "info");
	}

	static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
