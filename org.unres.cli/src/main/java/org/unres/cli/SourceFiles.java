package org.unres.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The .unres files named on the command line, folders searched recursively, each file once, sorted. */
final class SourceFiles {

	private SourceFiles() {
	}

	static List<Path> collect(List<Path> paths) throws UsageException {
		TreeSet<Path> files = new TreeSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".unres"))
							.forEach(f -> files.add(f.toAbsolutePath().normalize()));
				} catch (IOException e) {
					throw new UsageException("cannot read folder " + path + ": " + e.getMessage());
				}
			} else {
				files.add(path.toAbsolutePath().normalize());
			}
		}
		return List.copyOf(files);
	}
}
