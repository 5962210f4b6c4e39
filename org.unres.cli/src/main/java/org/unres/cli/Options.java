package org.unres.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options and paths given after the command. */
record Options(List<Path> paths, boolean infos, boolean warningsAsErrors) {

	static Options parse(List<String> args) throws UsageException {
		List<Path> paths = new ArrayList<>();
		boolean infos = false;
		boolean warningsAsErrors = false;
		for (String arg : args) {
			switch (arg) {
			case "--infos" -> infos = true;
			case "--werror" -> warningsAsErrors = true;
			default -> {
				if (arg.startsWith("-")) {
					throw new UsageException("unknown option '" + arg + "' (see unres --help)");
				}
				Path path = Path.of(arg);
				if (!Files.exists(path)) {
					throw new UsageException("no such file or folder: " + arg);
				}
				paths.add(path);
			}
			}
		}
		if (paths.isEmpty()) {
			throw new UsageException("name at least one .unres file or folder (see unres --help)");
		}
		return new Options(List.copyOf(paths), infos, warningsAsErrors);
	}
}
