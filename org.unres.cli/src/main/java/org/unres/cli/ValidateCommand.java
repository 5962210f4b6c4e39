package org.unres.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.UnresStandaloneSetup;

import com.google.inject.Injector;

/** {@code unres validate}: loads the files as one workspace, validates each, prints every diagnostic. */
class ValidateCommand {

	private final Options options;
	private final PrintStream out;

	ValidateCommand(Options options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	int run() throws UsageException {
		List<Path> files = SourceFiles.collect(options.paths());
		if (files.isEmpty()) {
			throw new UsageException("no .unres files in " + options.paths());
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				throw new UsageException("cannot read " + file);
			}
		}
		Injector injector = new UnresStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet workspace = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(workspace.getResource(URI.createFileURI(file.toString()), true));
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Tally tally = new Tally();
		for (Resource resource : resources) {
			Path file = Path.of(resource.getURI().toFileString());
			List<Issue> issues = new ArrayList<>(
					validator.validate((XtextResource) resource, CheckMode.ALL, CancelIndicator.NullImpl));
			issues.sort(Comparator.comparing((Issue issue) -> issue.getOffset() == null ? 0 : issue.getOffset()));
			for (Issue issue : issues) {
				tally.count(issue.getSeverity());
				if (issue.getSeverity() != Severity.INFO || options.infos()) {
					out.println(DiagnosticFormat.format(file, issue));
				}
			}
		}
		out.println(tally.summary(files.size()));
		boolean failed = tally.errors > 0 || (options.warningsAsErrors() && tally.warnings > 0);
		return failed ? Main.INVALID_TEXTS : Main.OK;
	}

	private static final class Tally {
		int errors;
		int warnings;
		int infos;

		void count(Severity severity) {
			switch (severity) {
			case ERROR -> errors++;
			case WARNING -> warnings++;
			default -> infos++;
			}
		}

		String summary(int files) {
			return files + (files == 1 ? " file" : " files") + " checked: " + errors + (errors == 1 ? " error, " : " errors, ")
					+ warnings + (warnings == 1 ? " warning, " : " warnings, ") + infos + (infos == 1 ? " info" : " infos");
		}
	}
}
