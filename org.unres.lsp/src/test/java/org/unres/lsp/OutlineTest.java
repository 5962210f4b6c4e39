package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;

/**
 * The outline follows the document's structure (preamble, paragraphs nested as read, annexes),
 * folding follows the outline, and semantic tokens mark openers, verbs, citations and footnotes.
 */
class OutlineTest extends InProcessServerTest {

	static List<Path> examples() {
		return Examples.files();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void outlineHasThePreambleAndEveryParagraph(Path file) throws Exception {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		Document document = workspace.documentIn(file);
		DocumentStructure structure = workspace.structureOf(document);
		List<DocumentSymbol> symbols = LspSession.await(documents().documentSymbol(
				new DocumentSymbolParams(id(Uris.of(file))))).stream().map(Either::getRight).toList();
		assertEquals(1, symbols.size());
		DocumentSymbol root = symbols.get(0);
		assertEquals(SymbolKind.File, root.getKind());
		assertTrue(root.getName().toLowerCase().contains(document.getKind().toLowerCase()), root.getName());
		assertNested(root);

		int preamble = structure.getMain().getPreamble().size();
		if (preamble > 0) {
			DocumentSymbol symbol = root.getChildren().stream().filter(s -> s.getName().equals("Preamble")).findFirst()
					.orElseThrow();
			assertEquals(preamble, symbol.getChildren().size());
		}
		List<DocumentSymbol> paragraphs = new ArrayList<>();
		collect(root, SymbolKind.Method, paragraphs);
		int expected = structure.getMain().getAllParagraphs().size();
		for (var annex : document.getAnnexes()) {
			expected += structure.getAnnex(annex).getAllParagraphs().size();
		}
		assertEquals(expected, paragraphs.size(), "every paragraph and sub-paragraph is in the outline");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void foldingCoversThePreambleAndEachParagraphWithSubParagraphs(Path file) throws Exception {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		Document document = workspace.documentIn(file);
		String text = Examples.read(file);
		List<FoldingRange> folds = LspSession.await(documents().foldingRange(
				new FoldingRangeRequestParams(id(Uris.of(file)))));
		for (FoldingRange fold : folds) {
			assertTrue(fold.getStartLine() < fold.getEndLine(), "a fold spans lines: " + fold);
		}
		var preamble = workspace.structureOf(document).getMain().getPreamble();
		if (preamble.size() > 1) {
			int first = lineOf(text, preamble.get(0));
			int last = lineOf(text, preamble.get(preamble.size() - 1));
			assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == first && f.getEndLine() == last),
					"the preamble folds from line " + first + " to " + last + ": " + folds);
		}
		for (StructureNode node : workspace.structureOf(document).getMain().getAllParagraphs()) {
			if (!node.getChildren().isEmpty()) {
				int start = lineOf(text, node.getBlock());
				assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == start),
						"paragraph " + node.getPath() + " with sub-paragraphs folds");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void semanticTokensMarkOpenersVerbsCitationsAndFootnotes(Path file) throws Exception {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		Document document = workspace.documentIn(file);
		DocumentStructure structure = workspace.structureOf(document);
		String text = Examples.read(file);
		SemanticTokens tokens = LspSession.await(documents().semanticTokensFull(
				new SemanticTokensParams(id(Uris.of(file)))));
		SemanticTokensLegend legend = legend();
		int openers = 0;
		int verbs = 0;
		List<Integer> data = tokens.getData();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int offset = TextPositions.offsetOf(text, new Position(line, character));
			String word = text.substring(offset, offset + data.get(i + 2));
			List<String> modifiers = modifiers(legend, data.get(i + 4));
			if (modifiers.contains("opener")) {
				openers++;
				assertTrue(word.startsWith("*") && word.endsWith("*"), "an opener in italics: " + word);
			} else if (modifiers.contains("verb")) {
				verbs++;
				assertTrue(word.startsWith("*") && word.endsWith("*"), "a verb in italics: " + word);
			} else if (modifiers.contains("citation")) {
				assertTrue(word.startsWith("[") || text.charAt(offset - 1) != '\n', "a citation starts with '[': " + word);
			} else if (modifiers.contains("footnote")) {
				assertTrue(word.startsWith("[^"), "a footnote marker or label: " + word);
			}
		}
		int preamble = structure.getMain().getPreamble().size();
		for (var annex : document.getAnnexes()) {
			preamble += structure.getAnnex(annex).getPreamble().size();
		}
		assertEquals(preamble, openers, "every opener is marked");
		long leads = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(document, Paragraph.class).stream()
				.filter(p -> p.getLead() != null).count();
		assertEquals(leads, verbs, "every italic verb is marked");
	}

	private static SemanticTokensLegend legend() throws Exception {
		try (LspSession probe = LspSession.inProcess()) {
			SemanticTokensLegend legend = probe.initialize(Examples.folder()).getCapabilities().getSemanticTokensProvider()
					.getLegend();
			probe.shutdownAndExit();
			return legend;
		}
	}

	private static List<String> modifiers(SemanticTokensLegend legend, int bits) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < legend.getTokenModifiers().size(); i++) {
			if ((bits & (1 << i)) != 0) {
				names.add(legend.getTokenModifiers().get(i));
			}
		}
		return names;
	}

	private static int lineOf(String text, org.eclipse.emf.ecore.EObject element) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
		int offset = node.getOffset();
		while (Character.isWhitespace(text.charAt(offset))) {
			offset++;
		}
		return TextPositions.of(text, offset).getLine();
	}

	private static void assertNested(DocumentSymbol parent) {
		assertTrue(contains(parent.getRange(), parent.getSelectionRange()), parent.getName());
		for (DocumentSymbol child : parent.getChildren()) {
			assertTrue(contains(parent.getRange(), child.getRange()), child.getName() + " inside " + parent.getName());
			assertNested(child);
		}
	}

	private static boolean contains(Range outer, Range inner) {
		return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
				: Integer.compare(a.getCharacter(), b.getCharacter());
	}

	private static void collect(DocumentSymbol symbol, SymbolKind kind, List<DocumentSymbol> into) {
		if (symbol.getKind() == kind) {
			into.add(symbol);
		}
		for (DocumentSymbol child : symbol.getChildren()) {
			collect(child, kind, into);
		}
	}
}
