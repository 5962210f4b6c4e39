package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;

/** Renaming a document's number updates every citation of it; a footnote's, every marker. */
class RenameTest extends InProcessServerTest {

	private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\[\\^(\\d+)\\]");

	private static WorkspaceEdit rename(Path file, Position position, String newName) throws Exception {
		return LspSession.await(documents().rename(new RenameParams(id(Uris.of(file)), position, newName)));
	}

	@Test
	void renamingADocumentsNumberUpdatesTheCitationsToIt(@TempDir Path copy) throws Exception {
		ExampleWorkspace before = ExampleWorkspace.load();
		ExampleWorkspace.Citation citation = before.crossFileCitations().get(0);
		Document cited = citation.cited();
		String citingText = Examples.read(citation.citingFile());
		Position onCitation = TextPositions.of(citingText, citation.offset() + 1);

		PrepareRenameResult prepared = LspSession.await(documents().prepareRename(
				new PrepareRenameParams(id(Uris.of(citation.citingFile())), onCitation))).getSecond();
		assertEquals(cited.getDesignation(), prepared.getPlaceholder());
		assertEquals(TextPositions.of(citingText, citation.offset()), prepared.getRange().getStart());

		String newNumber = unusedNumber(cited);
		WorkspaceEdit edit = rename(citation.citingFile(), onCitation, newNumber);
		List<ExampleWorkspace.Citation> citations = before.citationsByDocument().get(cited);
		assertEquals(citations.size() + 1, edit.getChanges().values().stream().mapToInt(List::size).sum(),
				"the heading and each citation: " + edit.getChanges());

		List<Path> renamed = applyToCopies(edit, copy);
		ExampleWorkspace after = ExampleWorkspace.load(renamed);
		Document renamedDocument = after.documentIn(copy.resolve(citation.citedFile().getFileName()));
		assertEquals(newNumber, renamedDocument.getDesignation());
		assertEquals(citations.size(), after.citationsByDocument().getOrDefault(renamedDocument, List.of()).size(),
				"every citation still links to the renamed text");
	}

	@Test
	void aNumberThatIsNoDocumentNumberIsRefused() throws Exception {
		ExampleWorkspace.Citation citation = ExampleWorkspace.load().crossFileCitations().get(0);
		String text = Examples.read(citation.citingFile());
		ExecutionException refused = assertThrows(ExecutionException.class,
				() -> rename(citation.citingFile(), TextPositions.of(text, citation.offset() + 1), "twenty"));
		assertTrue(refused.getCause() instanceof ResponseErrorException, refused.toString());
		assertTrue(refused.getCause().getMessage().contains("twenty"), refused.getCause().getMessage());
	}

	@Test
	void renamingAFootnoteRenumbersItsMarkers() throws Exception {
		Path file = Examples.files().stream().filter(f -> FOOTNOTE_MARKER.matcher(Examples.read(f)).find()).findFirst()
				.orElseThrow(() -> new AssertionError("no example has footnotes"));
		String text = Examples.read(file);
		Matcher marker = FOOTNOTE_MARKER.matcher(text);
		assertTrue(marker.find());
		String number = marker.group(1);
		String unused = "9" + number + "9";
		assertFalse(text.contains("[^" + unused + "]"));
		WorkspaceEdit edit = rename(file, TextPositions.of(text, marker.start(1)), unused);
		String renamed = TextPositions.apply(text, edit.getChanges().get(Uris.of(file)));
		assertEquals(text.replace("[^" + number + "]", "[^" + unused + "]"), renamed);
	}

	/** A number of the same form as the document's, not used by any text of the workspace. */
	private static String unusedNumber(Document document) {
		String number = document.getDesignation();
		Matcher serial = Pattern.compile("(\\d+)$").matcher(number);
		assertTrue(serial.find(), "the cited document has a number ending in digits: " + number);
		List<String> used = ExampleWorkspace.load().documents().stream().map(Document::getDesignation).toList();
		for (int candidate = 90; candidate < 99; candidate++) {
			String renamed = number.substring(0, serial.start()) + candidate;
			if (!used.contains(renamed)) {
				return renamed;
			}
		}
		throw new AssertionError("no free number for " + DocumentIdentity.kindOf(document) + " " + number);
	}

	/** Copies the examples to a folder and applies the edit there, as an editor applies it. */
	private static List<Path> applyToCopies(WorkspaceEdit edit, Path folder) throws Exception {
		List<Path> copies = new ArrayList<>();
		for (Path file : Examples.files()) {
			Path copy = folder.resolve(file.getFileName());
			String text = Examples.read(file);
			for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
				if (Uris.toPath(change.getKey()).equals(file)) {
					text = TextPositions.apply(text, change.getValue());
				}
			}
			Files.writeString(copy, text);
			copies.add(copy);
		}
		return copies;
	}
}
