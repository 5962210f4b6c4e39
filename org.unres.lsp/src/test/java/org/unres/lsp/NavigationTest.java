package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.UnresPackage;

/** Go to definition, find references and workspace symbols, across the files of the examples. */
class NavigationTest extends InProcessServerTest {

	/** Where a document's heading starts ("Resolution 20/1"), which is where navigation lands. */
	private static Position headingOf(Document document) {
		int offset = NodeModelUtils.findNodesForFeature(document, UnresPackage.Literals.DOCUMENT__KIND).get(0).getOffset();
		String text = NodeModelUtils.getNode(document).getRootNode().getText();
		return TextPositions.of(text, offset);
	}

	private static List<? extends Location> definition(java.nio.file.Path file, Position position) throws Exception {
		return LspSession.await(documents().definition(new DefinitionParams(id(Uris.of(file)), position))).getLeft();
	}

	@Test
	void definitionOfACitationIsTheCitedTextInAnotherFile() throws Exception {
		List<ExampleWorkspace.Citation> citations = ExampleWorkspace.load().crossFileCitations();
		assertTrue(!citations.isEmpty(), "some example cites another");
		for (ExampleWorkspace.Citation citation : citations) {
			String text = Examples.read(citation.citingFile());
			List<? extends Location> found = definition(citation.citingFile(), TextPositions.of(text, citation.offset() + 1));
			assertEquals(1, found.size(), citation.toString());
			assertEquals(Uris.of(citation.citedFile()), found.get(0).getUri());
			assertEquals(headingOf(citation.cited()), found.get(0).getRange().getStart());
			int bracket = text.lastIndexOf('[', citation.offset());
			if (!text.startsWith("[paragraph", bracket)) {
				assertEquals(found, definition(citation.citingFile(), TextPositions.of(text, bracket + 2)),
						"any word of the citation leads to the cited text");
			}
		}
	}

	@Test
	void referencesOfADocumentAreItsCitationsInTheWorkspace() throws Exception {
		Map<Document, List<ExampleWorkspace.Citation>> byDocument = ExampleWorkspace.load().citationsByDocument();
		for (Map.Entry<Document, List<ExampleWorkspace.Citation>> entry : byDocument.entrySet()) {
			Document cited = entry.getKey();
			java.nio.file.Path file = ExampleWorkspace.pathOf(cited.eResource());
			String text = Examples.read(file);
			int designation = NodeModelUtils.findNodesForFeature(cited, UnresPackage.Literals.DOCUMENT__DESIGNATION).get(0)
					.getOffset();
			List<? extends Location> references = LspSession.await(documents().references(new ReferenceParams(
					id(Uris.of(file)), TextPositions.of(text, designation + 1), new ReferenceContext(false))));
			Set<String> expected = entry.getValue().stream()
					.map(c -> Uris.of(c.citingFile()) + "@" + TextPositions.of(Examples.read(c.citingFile()), c.offset()))
					.collect(Collectors.toSet());
			Set<String> actual = references.stream().map(l -> l.getUri() + "@" + l.getRange().getStart())
					.collect(Collectors.toSet());
			assertEquals(expected, actual, "citations of " + DocumentIdentity.kindOf(cited) + " " + cited.getDesignation());
		}
	}

	@Test
	void workspaceSymbolsNameTextsAsTheyAreCited() throws Exception {
		Document document = ExampleWorkspace.load().crossFileCitations().get(0).cited();
		String name = DocumentIdentity.actingBodyName(document) + " " + DocumentIdentity.kindOf(document) + " "
				+ document.getDesignation();
		List<? extends WorkspaceSymbol> symbols = LspSession.await(
				session.server().getWorkspaceService().symbol(new WorkspaceSymbolParams(name))).getRight();
		WorkspaceSymbol symbol = symbols.stream().filter(s -> s.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " in " + symbols));
		assertEquals(Uris.of(ExampleWorkspace.pathOf(document.eResource())), symbol.getLocation().getLeft().getUri());
		assertEquals(document.getTitle().strip(), symbol.getContainerName());

		String titleWord = longestWord(document.getTitle());
		List<? extends WorkspaceSymbol> byTitle = LspSession.await(
				session.server().getWorkspaceService().symbol(new WorkspaceSymbolParams(titleWord))).getRight();
		assertTrue(byTitle.stream().anyMatch(s -> s.getName().equals(name)), "found by '" + titleWord + "': " + byTitle);
	}

	private static String longestWord(String text) {
		String longest = "";
		for (String word : text.split("[^\\p{L}]+")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest;
	}
}
