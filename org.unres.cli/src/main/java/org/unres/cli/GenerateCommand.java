package org.unres.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.generator.AtomicFiles;
import org.unres.dsl.generator.OutputNames;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.unres.Document;

/**
 * {@code unres generate}: validates the workspace, then writes the AKN XML and the HTML page of
 * every document without errors (documents with errors get no output and make the run fail).
 * Each file is written whole or not at all; sources are only read.
 */
class GenerateCommand {

	private final Options options;
	private final PrintStream out;
	private final PrintStream err;

	GenerateCommand(Options options, PrintStream out, PrintStream err) {
		this.options = options;
		this.out = out;
		this.err = err;
	}

	int run() throws UsageException {
		if (options.output() == null) {
			throw new UsageException("generate needs an output folder: -o OUT (see unres --help)");
		}
		if (Files.exists(options.output()) && !Files.isDirectory(options.output())) {
			throw new UsageException("the output " + options.output() + " is a file, not a folder");
		}
		boolean html = options.html() || !options.akn();
		boolean akn = options.akn() || !options.html();
		Workspace workspace = Workspace.open(options.paths(), err);
		Tally tally = new Tally();
		List<Workspace.SourceFile> generated = new ArrayList<>();
		Map<String, Path> outputNames = new HashMap<>();
		int failed = 0;
		for (Workspace.SourceFile file : workspace.files()) {
			for (Issue issue : file.issues()) {
				tally.count(issue.getSeverity());
				if (issue.getSeverity() != Severity.INFO || options.infos()) {
					err.println(DiagnosticFormat.format(file.path(), issue));
				}
			}
			Document document = documentOf(file);
			if (file.hasErrors() || document == null) {
				continue;
			}
			String name = OutputNames.baseName(document);
			Path other = outputNames.putIfAbsent(name, file.path());
			if (other != null) {
				failed++;
				err.println(DiagnosticFormat.display(file.path()) + ":1:1: error: cannot generate: its output name '" + name
						+ "' is taken by " + DiagnosticFormat.display(other) + "; give the texts distinct numbers");
				continue;
			}
			generated.add(file);
		}
		List<Document> documents = generated.stream().map(GenerateCommand::documentOf).toList();
		PageLinks links = PageLinks.byOutputName(documents);
		Path htmlFolder = options.output().resolve("html");
		Path aknFolder = options.output().resolve("akn");
		int written = 0;
		Progress progress = new Progress(err, generated.size());
		for (Workspace.SourceFile file : generated) {
			Document document = documentOf(file);
			String name = OutputNames.baseName(document);
			progress.step("generating", file.path());
			try {
				if (akn) {
					AtomicFiles.write(aknFolder.resolve(name + ".xml"), workspace.get(AknGenerator.class).generate(document));
					written++;
				}
				if (html) {
					AtomicFiles.write(htmlFolder.resolve(name + ".html"), workspace.get(HtmlGenerator.class).page(document, links));
					written++;
				}
			} catch (IOException | RuntimeException e) {
				failed++;
				err.println(DiagnosticFormat.display(file.path()) + ":1:1: error: cannot generate: " + e.getMessage());
			}
		}
		try {
			if (html && !documents.isEmpty()) {
				AtomicFiles.write(htmlFolder.resolve("index.html"), workspace.get(HtmlGenerator.class).index(documents, links));
				written++;
			}
		} catch (IOException e) {
			throw new UsageException("cannot write " + htmlFolder.resolve("index.html") + ": " + e.getMessage());
		}
		err.println(tally.summary(workspace.files().size()));
		out.println(Tally.plural(written, "file") + " written to " + DiagnosticFormat.display(options.output().toAbsolutePath().normalize())
				+ (html && !documents.isEmpty() ? "; open " + DiagnosticFormat.display(htmlFolder.resolve("index.html").toAbsolutePath().normalize()) : ""));
		long skipped = workspace.files().stream().filter(Workspace.SourceFile::hasErrors).count();
		if (skipped > 0) {
			out.println(Tally.plural((int) skipped, "file") + " not generated because of errors");
		}
		return tally.failed(options.warningsAsErrors()) || failed > 0 ? Main.INVALID_TEXTS : Main.OK;
	}

	private static Document documentOf(Workspace.SourceFile file) {
		var contents = file.resource().getContents();
		return !contents.isEmpty() && contents.get(0) instanceof Document document ? document : null;
	}
}
