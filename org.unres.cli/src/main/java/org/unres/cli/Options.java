package org.unres.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The options and paths given after the command. */
record Options(List<Path> paths, boolean infos, boolean warningsAsErrors, boolean json, Path output, boolean html,
		boolean akn, boolean force) {

	static Options parse(List<String> args) throws UsageException {
		List<Path> paths = new ArrayList<>();
		boolean infos = false;
		boolean warningsAsErrors = false;
		boolean json = false;
		Path output = null;
		boolean html = false;
		boolean akn = false;
		boolean force = false;
		Iterator<String> remaining = args.iterator();
		while (remaining.hasNext()) {
			String arg = remaining.next();
			switch (arg) {
			case "--infos" -> infos = true;
			case "--werror" -> warningsAsErrors = true;
			case "--html" -> html = true;
			case "--akn" -> akn = true;
			case "--force" -> force = true;
			case "--format" -> json = switch (valueOf(arg, remaining)) {
				case "json" -> true;
				case "text" -> false;
				default -> throw new UsageException("--format takes 'text' or 'json'");
			};
			case "-o", "--output" -> output = Path.of(valueOf(arg, remaining));
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
			throw new UsageException("name at least one file or folder (see unres --help)");
		}
		return new Options(List.copyOf(paths), infos, warningsAsErrors, json, output, html, akn, force);
	}

	private static String valueOf(String option, Iterator<String> remaining) throws UsageException {
		if (!remaining.hasNext()) {
			throw new UsageException(option + " needs a value (see unres --help)");
		}
		return remaining.next();
	}
}
