package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.unres.dsl.formatting2.TextFormatter;

/** Formatting goes through the language's formatter, and formatted text needs no more edits. */
class FormattingTest extends InProcessServerTest {

	private static List<? extends TextEdit> format(Path file, String text) throws Exception {
		openAndAwait(file, text);
		try {
			return LspSession.await(documents().formatting(
					new DocumentFormattingParams(id(Uris.of(file)), new FormattingOptions(4, false))));
		} finally {
			close(file);
		}
	}

	/** What the runtime's formatter makes of a text, without the server. */
	private static String formattedByTheRuntime(Path file, String text) throws Exception {
		ExampleWorkspace.load();
		XtextResourceSet resources = ExampleWorkspace.service(XtextResourceSet.class);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("unres",
				ExampleWorkspace.service(XtextResourceFactory.class));
		XtextResource resource = (XtextResource) resources.createResource(URI.createFileURI(file.toString()));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		return ExampleWorkspace.service(TextFormatter.class).format(resource);
	}

	@Test
	void messySpacingIsFormattedAsTheFormatterDoesIt() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		// extra spaces after the numbers and inside the words of operative paragraphs
		String messy = text.lines().map(line -> line.matches("\\d+\\. \\*.*")
				? line.replaceFirst("\\. ", ".    ").replace(" the ", "  the   ") : line)
				.collect(java.util.stream.Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
		assertNotEquals(text, messy);
		List<? extends TextEdit> edits = format(file, messy);
		assertTrue(!edits.isEmpty(), "messy spacing is formatted");
		String formatted = TextPositions.apply(messy, edits);
		assertEquals(formattedByTheRuntime(file, messy), formatted);
		assertTrue(formatted.lines().filter(line -> line.matches("\\d+\\..*")).noneMatch(line -> line.contains("  ")),
				"runs of spaces inside operative paragraphs are single spaces");
		assertEquals(List.of(), format(file, formatted), "formatted text needs no edit");
	}
}
