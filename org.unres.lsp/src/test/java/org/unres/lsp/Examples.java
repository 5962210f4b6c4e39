package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The bundled examples, which the build hands to the tests as the system property unres.examples. */
final class Examples {

	private Examples() {
	}

	static Path folder() {
		String value = System.getProperty("unres.examples");
		assertNotNull(value, "the build sets the system property unres.examples");
		Path folder = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), "unres.examples is not a folder: " + folder);
		return folder;
	}

	static List<Path> files() {
		try (Stream<Path> files = Files.walk(folder())) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".unres")).sorted().toList();
			assertFalse(found.isEmpty(), "no .unres files in " + folder());
			return found;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The example with the most text. */
	static Path largest() {
		return files().stream().max(Comparator.comparingLong(Examples::size)).orElseThrow();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
