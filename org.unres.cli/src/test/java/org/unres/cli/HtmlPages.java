package org.unres.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.unres.dsl.UnresStandaloneSetup;
import org.unres.dsl.generator.AtomicFiles;
import org.unres.dsl.generator.OutputNames;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.unres.Document;

import com.google.inject.Injector;

/**
 * Generates the HTML pages of a set of .unres files, loaded as one workspace, through the
 * standalone setup as the command line does: for the validity test, and as a small entry point
 * for scripts/screenshot-html until the command line generates HTML itself.
 * {@code java -cp … org.unres.cli.HtmlPages OUTPUT-FOLDER FILE-OR-FOLDER…}
 */
final class HtmlPages {

	static final String INDEX = "index.html";

	private HtmlPages() {
	}

	/** File name to page, the index last, for the documents among the given files (libraries have no page). */
	static Map<String, String> generate(List<Path> paths) throws UsageException {
		List<Path> files = SourceFiles.collect(paths);
		Injector injector = new UnresStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet workspace = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(workspace.getResource(URI.createFileURI(file.toString()), true));
		}
		EcoreUtil.resolveAll(workspace);
		List<Document> documents = new ArrayList<>();
		for (Resource resource : resources) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document
					&& OutputNames.baseName(document) != null) {
				documents.add(document);
			}
		}
		HtmlGenerator generator = injector.getInstance(HtmlGenerator.class);
		PageLinks links = PageLinks.byOutputName(documents);
		Map<String, String> pages = new LinkedHashMap<>();
		for (Document document : documents) {
			pages.put(links.hrefOf(document), generator.page(document, links));
		}
		pages.put(INDEX, generator.index(documents, links));
		return pages;
	}

	public static void main(String[] args) throws IOException, UsageException {
		if (args.length < 2) {
			System.err.println("usage: HtmlPages OUTPUT-FOLDER FILE-OR-FOLDER...");
			System.exit(Main.USAGE);
		}
		Path output = Path.of(args[0]);
		List<Path> inputs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			inputs.add(Path.of(args[i]));
		}
		for (Map.Entry<String, String> page : generate(inputs).entrySet()) {
			AtomicFiles.write(output.resolve(page.getKey()), page.getValue());
			System.out.println(output.resolve(page.getKey()));
		}
	}
}
