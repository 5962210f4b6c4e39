package org.unres.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled real texts (examples/*.unres), the seeds of the fuzz test. */
final class Examples {

	private Examples() {
	}

	static Path folder() {
		return Path.of(System.getProperty("unres.examples", "../examples"));
	}

	static List<SyntheticText> all() {
		try (Stream<Path> files = Files.list(folder())) {
			List<SyntheticText> texts = files.filter(f -> f.toString().endsWith(".unres")).sorted()
					.map(Examples::read).toList();
			if (texts.isEmpty()) {
				throw new IllegalStateException("no examples in " + folder());
			}
			return texts;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static SyntheticText read(Path file) {
		try {
			return new SyntheticText(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
