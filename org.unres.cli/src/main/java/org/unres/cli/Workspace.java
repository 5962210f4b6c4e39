package org.unres.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.UnresStandaloneSetup;
import org.unres.dsl.index.StandaloneIndex;

import com.google.inject.Injector;

/** The files of one run, loaded into one resource set so that citations between them link, and validated. */
final class Workspace {

	/** A source file with its parsed content and its diagnostics in reading order. */
	record SourceFile(Path path, XtextResource resource, List<Issue> issues) {

		boolean hasErrors() {
			return issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
		}
	}

	private final Injector injector;
	private final List<SourceFile> files;

	private Workspace(Injector injector, List<SourceFile> files) {
		this.injector = injector;
		this.files = files;
	}

	static Workspace open(List<Path> paths, PrintStream err) throws UsageException {
		List<Path> sources = SourceFiles.collect(paths);
		if (sources.isEmpty()) {
			throw new UsageException("no .unres files in " + paths);
		}
		for (Path file : sources) {
			if (!Files.isReadable(file)) {
				throw new UsageException("cannot read " + file);
			}
		}
		Progress progress = new Progress(err, sources.size());
		Injector injector = new UnresStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<XtextResource> resources = new ArrayList<>();
		List<SourceFile> files = new ArrayList<>();
		List<Path> parsed = new ArrayList<>();
		Map<Path, Integer> order = new HashMap<>();
		for (Path file : sources) {
			order.put(file, order.size());
		}
		for (Path file : sources) {
			Issue malformed = malformed(file);
			if (malformed != null) {
				files.add(new SourceFile(file, (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString())),
						List.of(malformed)));
				continue;
			}
			progress.step("parsing", file);
			parsed.add(file);
			resources.add((XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		StandaloneIndex.install(resourceSet);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		sources = parsed;
		for (int i = 0; i < sources.size(); i++) {
			progress.step("checking", sources.get(i));
			List<Issue> issues = new ArrayList<>(
					validator.validate(resources.get(i), CheckMode.ALL, CancelIndicator.NullImpl));
			issues.sort(Comparator.comparing((Issue issue) -> issue.getOffset() == null ? 0 : issue.getOffset()));
			files.add(new SourceFile(sources.get(i), resources.get(i), List.copyOf(issues)));
		}
		files.sort(Comparator.comparing(file -> order.get(file.path())));
		return new Workspace(injector, List.copyOf(files));
	}

	/** A file that is not UTF-8 gets one error and is not parsed: its text would be guesswork. */
	private static Issue malformed(Path file) throws UsageException {
		try {
			return Utf8Check.firstMalformed(file);
		} catch (java.io.IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage());
		}
	}

	List<SourceFile> files() {
		return files;
	}

	<T> T get(Class<T> type) {
		return injector.getInstance(type);
	}
}
