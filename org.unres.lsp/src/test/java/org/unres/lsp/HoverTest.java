package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.UnresPackage;

/** Hovers say what a citation cites and how an opener or a verb is used. */
class HoverTest extends InProcessServerTest {

	private static final Pattern OPENER = Pattern.compile("(?m)^\\*([^*\\n]+)\\*");
	private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\[\\^(\\d+)\\]");

	private static String hover(Path file, Position position) throws Exception {
		Hover hover = LspSession.await(documents().hover(new HoverParams(id(Uris.of(file)), position)));
		assertNotNull(hover.getContents(), "a hover at " + position);
		return hover.getContents().getRight().getValue();
	}

	@Test
	void aCitationShowsTheCitedTextsTitle() throws Exception {
		ExampleWorkspace.Citation citation = ExampleWorkspace.load().crossFileCitations().get(0);
		Document cited = citation.cited();
		String text = Examples.read(citation.citingFile());
		String onNumber = hover(citation.citingFile(), TextPositions.of(text, citation.offset() + 1));
		String name = DocumentIdentity.actingBodyName(cited) + " " + DocumentIdentity.kindOf(cited) + " "
				+ cited.getDesignation();
		assertTrue(onNumber.contains(name), onNumber);
		assertTrue(onNumber.contains(cited.getTitle().strip()), "the cited title in: " + onNumber);

		int bracket = text.lastIndexOf('[', citation.offset());
		String onFirstWord = hover(citation.citingFile(), TextPositions.of(text, bracket + 2));
		assertEquals(onNumber, onFirstWord, "any word of the citation shows what it cites");
	}

	@Test
	void aVerbShowsItsUsage() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		ExampleWorkspace workspace = ExampleWorkspace.load();
		Paragraph paragraph = workspace.operativeParagraphs(workspace.documentIn(file)).get(0);
		int lead = ExampleWorkspace.offsetOf(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD);
		String usage = hover(file, TextPositions.of(text, lead + 2));
		assertTrue(usage.contains("operative verb"), usage);
		assertTrue(usage.contains("semicolon"), "the usage says how the paragraph ends: " + usage);
	}

	@Test
	void anOpenerShowsItsUsage() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		Matcher opener = OPENER.matcher(text);
		assertTrue(opener.find());
		String usage = hover(file, TextPositions.of(text, opener.start(1) + 1));
		assertTrue(usage.contains("preambular opener"), usage);
		assertTrue(usage.contains("comma"), usage);
	}

	@Test
	void aFootnoteMarkerShowsTheNote() throws Exception {
		Path file = Examples.files().stream().filter(f -> FOOTNOTE_MARKER.matcher(Examples.read(f)).find()).findFirst()
				.orElseThrow(() -> new AssertionError("no example has footnotes"));
		String text = Examples.read(file);
		Matcher marker = FOOTNOTE_MARKER.matcher(text);
		assertTrue(marker.find());
		String note = hover(file, TextPositions.of(text, marker.start(1)));
		Matcher definition = Pattern.compile("(?m)^\\[\\^" + marker.group(1) + "\\]: (.*)$").matcher(text);
		assertTrue(definition.find());
		assertTrue(note.contains(definition.group(1).strip()), note);
	}
}
