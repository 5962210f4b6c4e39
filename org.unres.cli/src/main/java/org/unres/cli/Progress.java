package org.unres.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Tells on stderr what a long run is doing, so that a pipeline log shows progress; silent for
 * short runs, where it would only be noise.
 */
final class Progress {

	private static final int LONG_RUN = 50;

	private final PrintStream err;
	private final boolean enabled;
	private int steps;

	Progress(PrintStream err, int files) {
		this.err = err;
		this.enabled = files >= LONG_RUN;
	}

	void step(String doing, Path file) {
		steps++;
		if (enabled && steps % LONG_RUN == 0) {
			err.println("unres: " + doing + " " + DiagnosticFormat.display(file) + " (" + steps + ")");
		}
	}
}
