package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

	@TempDir
	Path folder;

	private final CommandLine commandLine = new CommandLine();

	private int run(String... args) {
		return commandLine.run(args);
	}

	private Path write(String name, String text) throws IOException {
		return SourceTexts.write(folder.resolve(name), text);
	}

	@Test
	void bundledExamplesValidate() {
		String examples = System.getProperty("unres.examples");
		assertEquals(Main.OK, run("validate", examples), commandLine.out);
		assertTrue(commandLine.out.contains(" checked: 0 errors"), commandLine.out);
	}

	@Test
	void validFilePasses() throws IOException {
		Path file = write("20-1.unres", SourceTexts.RESOLUTION_20_1);
		assertEquals(Main.OK, run("validate", file.toString()), commandLine.out);
		assertEquals("1 file checked: 0 errors, 0 warnings, 1 info", commandLine.out.strip(), "the citation of 18/3 is external");
	}

	@Test
	void ruleViolationIsReportedWithFileLineColumnAndCode() throws IOException {
		Path file = write("20-1.unres", SourceTexts.RESOLUTION_20_1.replace("18/3],", "18/3];"));
		assertEquals(Main.INVALID_TEXTS, run("validate", folder.toString()));
		assertTrue(commandLine.out.contains(file + ":9:13: error: A preambular paragraph ends with a comma."
				+ " [org.unres.dsl.preamblePunctuation]"), commandLine.out);
		assertTrue(commandLine.out.contains("1 file checked: 1 error,"), commandLine.out);
	}

	@Test
	void jsonFormatForTools() throws IOException {
		Path file = write("20-1.unres", SourceTexts.RESOLUTION_20_1.replace("18/3],", "18/3];"));
		assertEquals(Main.INVALID_TEXTS, run("validate", "--format", "json", file.toString()));
		String expected = "[\n  {\"file\": \"" + file + "\", \"line\": 9, \"column\": 13, \"endLine\": 9,"
				+ " \"endColumn\": 35, \"severity\": \"error\", \"message\": \"A preambular paragraph ends with a comma.\","
				+ " \"code\": \"org.unres.dsl.preamblePunctuation\"}\n]";
		assertEquals(expected, commandLine.out.strip());
		assertTrue(commandLine.err.contains("1 file checked: 1 error"), commandLine.err);
		assertEquals(Main.USAGE, run("validate", "--format", "yaml", file.toString()));
	}

	@Test
	void syntaxErrorIsReportedWithItsPlace() throws IOException {
		Path file = write("broken.unres", SourceTexts.RESOLUTION_20_1.replace("@body CCPCJ session 20", "@body CCPCJ session twenty"));
		assertEquals(Main.INVALID_TEXTS, run("validate", file.toString()));
		assertTrue(commandLine.out.lines().anyMatch(l -> l.startsWith(file + ":2:") && l.contains(": error: ")), commandLine.out);
	}

	@Test
	void foldersAreSearchedRecursivelyAndFormOneWorkspace() throws IOException {
		write("a/20-1.unres", SourceTexts.RESOLUTION_20_1);
		write("b/c/20-9.unres", SourceTexts.RESOLUTION_20_1.replace("20/1", "20/9").replace("its resolution 18/3]", "its resolution 18/3] and [its resolution 20/1]"));
		assertEquals(Main.OK, run("validate", "--infos", folder.toString()), commandLine.out);
		assertTrue(commandLine.out.contains("2 files checked"), commandLine.out);
		assertTrue(commandLine.out.contains("External citation: CCPCJ resolution 18/3"), commandLine.out);
		assertTrue(!commandLine.out.contains("resolution 20/1 is not in the workspace"), "20/1 links across files: " + commandLine.out);
	}

	@Test
	void warningsFailOnlyWithWerror() throws IOException {
		Path file = write("20-1.unres", SourceTexts.RESOLUTION_20_1.replace("*Recalling*", "*Recallling*"));
		assertEquals(Main.OK, run("validate", file.toString()), commandLine.out);
		assertTrue(commandLine.out.contains(": warning: 'Recallling' is not a known preambular opener"), commandLine.out);
		assertEquals(Main.INVALID_TEXTS, run("validate", "--werror", file.toString()), commandLine.out);
	}

	@Test
	void badCommandLinesExitWithUsage() {
		assertEquals(Main.USAGE, run());
		assertEquals(Main.USAGE, run("publish", "x"));
		assertTrue(commandLine.err.contains("unknown command 'publish'"), commandLine.err);
		assertEquals(Main.USAGE, run("validate", folder.resolve("missing.unres").toString()));
		assertTrue(commandLine.err.contains("no such file or folder"), commandLine.err);
		assertEquals(Main.USAGE, run("validate", "--frobnicate", folder.toString()));
		assertEquals(Main.USAGE, run("validate", folder.toString()));
		assertTrue(commandLine.err.contains("no .unres files"), commandLine.err);
	}

	@Test
	void sourcesAreNeverTouched() throws IOException {
		Path file = write("20-1.unres", SourceTexts.RESOLUTION_20_1.replace(";", ","));
		byte[] before = Files.readAllBytes(file);
		List<Path> listed = new ArrayList<>();
		run("validate", folder.toString());
		try (var files = Files.list(folder)) {
			files.forEach(listed::add);
		}
		assertEquals(List.of(file), listed);
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
	}
}
