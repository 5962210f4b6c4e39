package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unres import} on the command line: where it writes, what it refuses, what it warns about. */
class ImportCommandTest {

	private static final Path CORPUS = Path.of(System.getProperty("unres.shared", "../../shared")).resolve("corpus");
	private static final Path RESOLUTION_20_2 = CORPUS.resolve("001/12-resolution-20-2-implementation-budget-biennium-2010-2011-crime.txt");

	@TempDir
	Path folder;

	private final CommandLine cli = new CommandLine();

	@Test
	void writesOneFileAndNeverReplacesItUnlessForced() throws IOException {
		Path out = folder.resolve("out");
		assertEquals(Main.OK, cli.run("import", "-o", out.toString(), RESOLUTION_20_2.toString()), cli.err);
		Path written = out.resolve("resolution-20-2-implementation-budget-biennium-2010-2011-united.unres");
		assertTrue(Files.isRegularFile(written), cli.out);
		assertTrue(Files.readString(written).startsWith("Resolution 20/2\n@body CCPCJ session 20\n"));

		Files.writeString(written, "edited by hand");
		assertEquals(Main.INVALID_TEXTS, cli.run("import", "-o", out.toString(), RESOLUTION_20_2.toString()));
		assertTrue(cli.err.contains("exists; not replaced (use --force to replace it)"), cli.err);
		assertEquals("edited by hand", Files.readString(written));

		assertEquals(Main.OK, cli.run("import", "--force", "-o", out.toString(), RESOLUTION_20_2.toString()), cli.err);
		assertTrue(Files.readString(written).startsWith("Resolution 20/2"));
		try (var files = Files.list(out)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void warnsWithTheLineOfWhatIsAmbiguous() throws IOException {
		Path text = folder.resolve("untitled.txt");
		Files.writeString(text, """
				Report of the Commission on its reconvened twentieth session

				The Economic and Social Council takes note of the report of the Commission on its reconvened twentieth session.
				""");
		assertEquals(Main.OK, cli.run("import", "-o", folder.resolve("out").toString(), text.toString()), cli.err);
		// Printed without a heading: the kind is a guess, and said to be one.
		assertTrue(cli.err.lines().anyMatch(line -> line.matches(".*untitled\\.txt:1:1: warning: no heading .*read as a draft decision.*")),
				cli.err);
	}

	@Test
	void anInputWithoutTextIsAnErrorAndWritesNothing() throws IOException {
		Path blank = folder.resolve("blank.txt");
		Files.writeString(blank, "\n\n  20 V.11-82609\n\nE/2011/30\n");
		Path out = folder.resolve("out");
		assertEquals(Main.INVALID_TEXTS, cli.run("import", "-o", out.toString(), blank.toString()));
		assertTrue(cli.err.contains("blank.txt:1:1: error: no text found"), cli.err);
		assertTrue(cli.err.contains("0 files written, 0 warnings, 1 text not written"), cli.err);
		assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "no file is written");
	}

	@Test
	void aMissingInputIsAUsageError() {
		assertEquals(Main.USAGE, cli.run("import", folder.resolve("nothing.txt").toString()));
		assertTrue(cli.err.contains("no such file or folder"), cli.err);
	}
}
