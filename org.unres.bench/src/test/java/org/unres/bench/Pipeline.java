package org.unres.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.formatting2.TextFormatter;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.unres.Document;

/**
 * Runs one text through every stage (parse, link, validate, format, AKN, HTML) and returns what
 * went wrong as readable problems; an empty list means every stage behaved.
 */
final class Pipeline {

	/** A generator may refuse a text with syntax errors, naming the place as file:line:column. */
	private static final Pattern REFUSAL_PLACE = Pattern.compile(":\\d+:\\d+");

	private Pipeline() {
	}

	static List<String> problems(String fileName, String text) {
		List<String> problems = new ArrayList<>();
		XtextResource resource;
		List<Issue> issues;
		try {
			LoadedCorpus corpus = LoadedCorpus.parse(List.of(new SyntheticText(fileName, text)));
			resource = corpus.resources().get(0);
			issues = corpus.validate(resource);
		} catch (RuntimeException | StackOverflowError e) {
			problems.add("parse/link/validate threw " + describe(e));
			return problems;
		}
		for (Issue issue : issues) {
			if (issue.getLineNumber() == null || issue.getColumn() == null || issue.getLineNumber() < 1 || issue.getColumn() < 1) {
				problems.add("issue without line and column: " + issue);
			}
		}
		try {
			LoadedCorpus.injector().getInstance(TextFormatter.class).format(resource);
		} catch (RuntimeException | StackOverflowError e) {
			problems.add("formatter threw " + describe(e));
		}
		Document document = LoadedCorpus.documentOf(resource);
		if (document != null) {
			generate("AKN generator", problems,
					() -> LoadedCorpus.injector().getInstance(AknGenerator.class).generate(document));
			generate("HTML generator", problems, () -> LoadedCorpus.injector().getInstance(HtmlGenerator.class)
					.page(document, PageLinks.byOutputName(List.of(document))));
		}
		return problems;
	}

	private static void generate(String stage, List<String> problems, Runnable generator) {
		try {
			generator.run();
		} catch (IllegalArgumentException e) {
			if (e.getMessage() == null || !REFUSAL_PLACE.matcher(e.getMessage()).find()) {
				problems.add(stage + " refused without file:line:column: " + describe(e));
			}
		} catch (RuntimeException | StackOverflowError e) {
			problems.add(stage + " threw " + describe(e));
		}
	}

	private static String describe(Throwable e) {
		StackTraceElement[] trace = e.getStackTrace();
		return e + (trace.length > 0 ? " at " + trace[0] : "");
	}
}
