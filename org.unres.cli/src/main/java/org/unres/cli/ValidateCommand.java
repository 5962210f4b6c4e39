package org.unres.cli;

import java.io.PrintStream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** {@code unres validate}: loads the files as one workspace, validates each, prints every diagnostic. */
class ValidateCommand {

	private final Options options;
	private final PrintStream out;
	private final PrintStream err;

	ValidateCommand(Options options, PrintStream out, PrintStream err) {
		this.options = options;
		this.out = out;
		this.err = err;
	}

	int run() throws UsageException {
		Workspace workspace = Workspace.open(options.paths(), err);
		Tally tally = new Tally();
		for (Workspace.SourceFile file : workspace.files()) {
			for (Issue issue : file.issues()) {
				tally.count(issue.getSeverity());
				if (!options.json() && (issue.getSeverity() != Severity.INFO || options.infos())) {
					out.println(DiagnosticFormat.format(file.path(), issue));
				}
			}
		}
		if (options.json()) {
			out.println(DiagnosticFormat.json(workspace.files(), options.infos()));
			err.println(tally.summary(workspace.files().size()));
		} else {
			out.println(tally.summary(workspace.files().size()));
		}
		return tally.failed(options.warningsAsErrors()) ? Main.INVALID_TEXTS : Main.OK;
	}
}
