package org.unres.dsl.ui.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.unres.dsl.generator.OutputNames;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.generator.html.HtmlGenerator;
import org.unres.dsl.generator.html.PageLinks;
import org.unres.dsl.ui.UnresUi;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.unres.Document;

/**
 * Generates the Akoma Ntoso XML and the HTML page of each text without errors, and the index
 * page, as {@code unres generate} does; a text that cannot be generated gets a problem marker.
 */
final class Publisher {

	private Publisher() {
	}

	/**
	 * @param documents the project's documents without errors, with their files, in file order
	 */
	static void publish(GeneratedOutput output, Map<Document, IFile> documents, IProgressMonitor monitor)
			throws CoreException, IOException {
		Map<String, IFile> names = new HashMap<>();
		Map<Document, String> generated = new LinkedHashMap<>();
		documents.forEach((document, file) -> {
			String name = OutputNames.baseName(document);
			if (name == null) {
				return;
			}
			IFile other = names.putIfAbsent(name, file);
			if (other != null) {
				mark(file, "Cannot generate: the output name '" + name + "' is taken by " + other.getName()
						+ "; give the texts distinct numbers.");
			} else {
				generated.put(document, name);
			}
		});
		List<Document> pages = new ArrayList<>(generated.keySet());
		PageLinks links = PageLinks.byOutputName(pages);
		AknGenerator akn = LanguageServices.get(AknGenerator.class);
		HtmlGenerator html = LanguageServices.get(HtmlGenerator.class);
		for (Map.Entry<Document, String> entry : generated.entrySet()) {
			if (monitor.isCanceled()) {
				return;
			}
			try {
				output.write(GeneratedOutput.AKN, entry.getValue() + ".xml", akn.generate(entry.getKey()));
				output.write(GeneratedOutput.HTML, entry.getValue() + ".html", html.page(entry.getKey(), links));
			} catch (IllegalArgumentException e) {
				mark(documents.get(entry.getKey()), "Cannot generate: " + e.getMessage());
			}
		}
		if (!pages.isEmpty()) {
			output.write(GeneratedOutput.HTML, "index.html", html.index(pages, links));
		}
		output.finish(monitor);
	}

	private static void mark(IFile file, String message) {
		try {
			file.createMarker(UnresUi.PROBLEM_MARKER, Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY,
					IMarker.SEVERITY_ERROR, IMarker.LINE_NUMBER, 1, IMarker.LOCATION, "line 1"));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
