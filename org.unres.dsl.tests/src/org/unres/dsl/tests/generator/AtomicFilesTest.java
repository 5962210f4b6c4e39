package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unres.dsl.generator.AtomicFiles;

class AtomicFilesTest {

	@TempDir
	Path folder;

	private List<String> names() throws IOException {
		try (var files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void replacesTheWholeFileAndLeavesNoTemporary() throws IOException {
		Path target = folder.resolve("page.html");
		Files.writeString(target, "old content that is longer than the new one");
		AtomicFiles.write(target, "new");
		assertEquals("new", Files.readString(target));
		assertEquals(List.of("page.html"), names());
	}

	@Test
	void createsMissingFolders() throws IOException {
		Path target = folder.resolve("html/deep/page.html");
		AtomicFiles.write(target, "é“”");
		assertEquals("é“”", Files.readString(target));
	}

	@Test
	void aFailedWriteKeepsTheOldFileAndLeavesNothingBehind() throws IOException {
		Path target = folder.resolve("page.html");
		Files.writeString(target, "old");
		// a lone surrogate cannot be encoded in UTF-8: the write fails half-way
		assertThrows(IOException.class, () -> AtomicFiles.write(target, "new text \uD800 and more"));
		assertEquals("old", Files.readString(target));
		assertEquals(List.of("page.html"), names());
	}
}
