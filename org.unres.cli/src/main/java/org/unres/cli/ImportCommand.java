package org.unres.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.unres.dsl.generator.AtomicFiles;
import org.unres.dsl.importer.ImportWarning;
import org.unres.dsl.importer.ImportedText;
import org.unres.dsl.importer.LibraryPhrases;
import org.unres.dsl.importer.TextImporter;

/**
 * {@code unres import}: reads plain-text resolutions and decisions (folders: their {@code .txt} files)
 * and writes one {@code .unres} file per text, into {@code -o OUT} or beside the input. An existing
 * file is replaced only with {@code --force}. Ambiguities are printed as warnings with their line.
 */
class ImportCommand {

	private final Options options;
	private final PrintStream out;
	private final PrintStream err;

	ImportCommand(Options options, PrintStream out, PrintStream err) {
		this.options = options;
		this.out = out;
		this.err = err;
	}

	int run() throws UsageException {
		if (options.output() != null && Files.exists(options.output()) && !Files.isDirectory(options.output())) {
			throw new UsageException("the output " + options.output() + " is a file, not a folder");
		}
		TextImporter importer = new TextImporter(LibraryPhrases.builtIn());
		Set<Path> targets = new HashSet<>();
		int written = 0;
		int refused = 0;
		int warnings = 0;
		for (Path input : inputs()) {
			String source;
			try {
				source = Files.readString(input, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UsageException("cannot read " + input + ": " + e.getMessage());
			}
			Path folder = options.output() != null ? options.output() : input.toAbsolutePath().getParent();
			for (ImportedText text : importer.importFile(source)) {
				for (ImportWarning warning : text.warnings()) {
					err.println(DiagnosticFormat.display(input) + ":" + warning.line() + ":1: warning: " + warning.message());
					warnings++;
				}
				if (text.isEmpty()) {
					err.println(DiagnosticFormat.display(input) + ":1:1: error: no text found (blank, or page headers and footers only);"
							+ " nothing written");
					refused++;
					continue;
				}
				Path target = uniqueTarget(folder, text.name(), targets);
				if (Files.exists(target) && !options.force()) {
					err.println(DiagnosticFormat.display(input) + ":1:1: error: " + DiagnosticFormat.display(target)
							+ " exists; not replaced (use --force to replace it)");
					refused++;
					continue;
				}
				try {
					AtomicFiles.write(target, text.unres());
				} catch (IOException e) {
					throw new UsageException("cannot write " + target + ": " + e.getMessage());
				}
				out.println(DiagnosticFormat.display(input) + " -> " + DiagnosticFormat.display(target));
				written++;
			}
		}
		err.println(Tally.plural(written, "file") + " written, " + Tally.plural(warnings, "warning")
				+ (refused > 0 ? ", " + Tally.plural(refused, "text") + " not written" : ""));
		return refused > 0 ? Main.INVALID_TEXTS : Main.OK;
	}

	/** The files named, folders searched for {@code .txt} files, each once, in order. */
	private List<Path> inputs() throws UsageException {
		TreeSet<Path> files = new TreeSet<>();
		for (Path path : options.paths()) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = Files.walk(path)) {
					found.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).forEach(files::add);
				} catch (IOException e) {
					throw new UsageException("cannot read folder " + path + ": " + e.getMessage());
				}
			} else {
				files.add(path);
			}
		}
		return new ArrayList<>(files);
	}

	/** Texts of one run that would share a name (two drafts with the same heading) get "-2", "-3". */
	private static Path uniqueTarget(Path folder, String name, Set<Path> taken) {
		Path target = folder.resolve(name + ".unres");
		for (int n = 2; !taken.add(target); n++) {
			target = folder.resolve(name + "-" + n + ".unres");
		}
		return target;
	}
}
