package org.unres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unres.cli.Main;

/** Inputs meant to break a parser: through the real command line, each must end with clear messages, in bounded time. */
class HostileInputTest {

	@TempDir
	Path folder;

	private record Run(int exit, String out, String err) {
	}

	private Run validate(Path file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Main.run(List.of("validate", file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String header() {
		return "Resolution 2011/1\n@body ECOSOC\n@adopted 1 July 2011\n\n# A hostile text\n\nThe Economic and Social Council,\n\n";
	}

	@Test
	void aLineOfAMegabyteIsCheckedInBoundedTime() throws IOException {
		Path file = folder.resolve("long-line.unres");
		Files.writeString(file, header() + "1. *Requests* " + "the Secretariat to act, ".repeat(40_000) + "now.\n");
		Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> validate(file));
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
	}

	@Test
	void deepNestingOfBracketsAndLabelsEndsWithErrorsNotACrash() throws IOException {
		Path file = folder.resolve("deep.unres");
		StringBuilder text = new StringBuilder(header()).append("1. *Requests* ").append("[".repeat(5_000)).append("x")
				.append("]".repeat(5_000)).append(" and “".repeat(2_000)).append(":\n\n");
		for (int level = 0; level < 2_000; level++) {
			text.append(level % 2 == 0 ? "(a) lead-in:\n\n" : "(i) lead-in:\n\n");
		}
		Files.writeString(file, text);
		Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> validate(file));
		assertTrue(run.exit() == Main.OK || run.exit() == Main.INVALID_TEXTS, run.err());
		assertTrue(run.out().contains("deep.unres:"), "diagnostics name the file: " + head(run.out() + run.err()));
	}

	@Test
	void aTenMegabyteFileIsCheckedWithoutHanging() throws IOException {
		Path file = folder.resolve("big.unres");
		StringBuilder text = new StringBuilder(header());
		int n = 1;
		while (text.length() < 10_000_000) {
			text.append(n++).append(". *Requests* the Secretariat to continue to support the prevention of crime and the treatment of "
					+ "offenders, taking into account the relevant reports of the Secretary-General on the subject;\n\n");
		}
		text.append(n).append(". *Requests* the Secretary-General to report.\n");
		Files.writeString(file, text);
		Run run = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> validate(file));
		assertEquals(Main.OK, run.exit(), head(run.out() + run.err()));
	}

	@Test
	void invalidUtf8IsReportedWithFileLineAndColumn() throws IOException {
		Path file = folder.resolve("broken-encoding.unres");
		byte[] good = (header() + "1. *Requests* the Secretariat to act.\n").getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[good.length + 4];
		System.arraycopy(good, 0, bytes, 0, good.length - 6);
		// A lone continuation byte and a truncated two-byte sequence inside the last paragraph.
		bytes[good.length - 6] = (byte) 0x80;
		bytes[good.length - 5] = (byte) 0xC3;
		System.arraycopy(good, good.length - 6, bytes, good.length - 4, 6);
		Files.write(file, bytes);
		Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> validate(file));
		assertTrue(run.exit() != Main.OK, "invalid UTF-8 is not accepted silently: " + run.out());
		assertTrue(run.out().matches("(?s).*broken-encoding\\.unres:9:\\d+: error: .*UTF-8.*"),
				"a clear error with file, line and column: " + head(run.out()));
	}

	private static String head(String text) {
		return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
	}
}
