package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProgressTest {

	private static String run(int files, int steps) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), files);
		for (int i = 1; i <= steps; i++) {
			progress.step("checking", Path.of("/archive/text-" + i + ".unres"));
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void longRunsReportEveryFiftyFiles() {
		assertEquals("unres: checking /archive/text-50.unres (50)\nunres: checking /archive/text-100.unres (100)\n",
				run(120, 120));
	}

	@Test
	void shortRunsStayQuiet() {
		assertEquals("", run(12, 12));
	}
}
