package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;

/** Completion offers the UN vocabulary and the workspace's texts where a drafter writes them. */
class CompletionTest extends InProcessServerTest {

	private static final Pattern PREAMBULAR_LINE = Pattern.compile("(?m)^\\*[^*\\n]+\\*[^\\n]*,$");
	private static final Pattern ACTING_BODY = Pattern.compile("(?m)^@body (\\S+) (session \\d+)");

	private static List<CompletionItem> complete(Path file, String text, Position position) throws Exception {
		openAndAwait(file, text);
		try {
			return LspSession.await(documents().completion(new CompletionParams(id(Uris.of(file)), position)))
					.getRight().getItems();
		} finally {
			close(file);
		}
	}

	private static Set<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The text with the item applied, as an editor applies it. */
	private static String applied(String text, CompletionItem item) {
		return TextPositions.apply(text, List.of(item.getTextEdit().getLeft()));
	}

	@Test
	void openersStartAPreambularParagraph() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		Matcher preambular = PREAMBULAR_LINE.matcher(text);
		assertTrue(preambular.find(), "the largest example has a preamble");
		String typed = text.substring(0, preambular.end()) + "\n\n*Rea" + text.substring(preambular.end());
		List<CompletionItem> items = complete(file, typed, TextPositions.of(typed, preambular.end() + 6));
		Set<String> labels = labels(items);
		assertTrue(labels.contains("*Reaffirming*"), labels.toString());
		assertFalse(labels.contains("*Reaffirms*"), "no operative verbs in the preamble: " + labels);
		CompletionItem reaffirming = items.stream().filter(i -> i.getLabel().equals("*Reaffirming*")).findFirst().get();
		assertTrue(applied(typed, reaffirming).contains("\n\n*Reaffirming*\n\n"), "the proposal replaces what was typed");
		assertEquals("preambular opener", reaffirming.getDetail());
	}

	@Test
	void verbsFollowAParagraphNumber() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		int end = ExampleWorkspace.endOf(firstOperativeParagraph(file));
		String inserted = "\n\n99. *Req";
		String typed = text.substring(0, end) + inserted + text.substring(end);
		List<CompletionItem> items = complete(file, typed, TextPositions.of(typed, end + inserted.length()));
		Set<String> labels = labels(items);
		assertTrue(labels.contains("*Requests*"), labels.toString());
		assertTrue(labels.stream().noneMatch(l -> l.endsWith("ing*")), "no preambular openers after paragraph 1: " + labels);
		CompletionItem requests = items.stream().filter(i -> i.getLabel().equals("*Requests*")).findFirst().get();
		assertTrue(applied(typed, requests).contains(inserted.replace("*Req", "*Requests*")));
	}

	@Test
	void bodiesAndTheirSessionsInTheHeadingLines() throws Exception {
		Path file = exampleWithActingBody();
		String text = Examples.read(file);
		Matcher acting = ACTING_BODY.matcher(text);
		assertTrue(acting.find());
		Set<String> bodies = labels(complete(file, text, TextPositions.of(text, acting.start(1))));
		assertTrue(bodies.containsAll(List.of("GA", "ECOSOC", "CCPCJ", "CND")), bodies.toString());

		Set<String> sessions = labels(complete(file, text, TextPositions.of(text, acting.start(2))));
		assertTrue(sessions.contains(acting.group(2)), "the session in the text is proposed: " + sessions);
		assertTrue(sessions.stream().filter(s -> s.matches("session \\d+")).count() >= 2, sessions.toString());
	}

	/** In a citation, the numbers of the workspace's texts of the cited body and kind. */
	@Test
	void numbersOfTheWorkspaceTextsInACitation() throws Exception {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		ExampleWorkspace.Citation citation = workspace.crossFileCitations().get(0);
		Document cited = citation.cited();
		String body = DocumentIdentity.actingBodyName(cited);
		String kind = DocumentIdentity.kindOf(cited);
		Document citing = workspace.documentIn(citation.citingFile());
		Set<String> expected = workspace.documents().stream()
				.filter(d -> d != citing && !d.isDraft() && body.equals(DocumentIdentity.actingBodyName(d))
						&& kind.equals(DocumentIdentity.kindOf(d)) && d.getDesignation() != null)
				.map(Document::getDesignation).collect(Collectors.toCollection(TreeSet::new));
		String text = Examples.read(citation.citingFile());
		Set<String> labels = labels(complete(citation.citingFile(), text, TextPositions.of(text, citation.offset())));
		assertTrue(labels.contains(cited.getDesignation()), labels.toString());
		assertEquals(expected, labels, "the " + body + " " + kind + "s of the workspace, but not the citing text");
	}

	@Test
	void paragraphsOfTheDocumentInAReference() throws Exception {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		Path file = Examples.largest();
		Document document = workspace.documentIn(file);
		List<StructureNode> paragraphs = workspace.structureOf(document).getMain().getAllParagraphs();
		String text = Examples.read(file);
		int at = ExampleWorkspace.endOf(firstOperativeParagraph(file)) - 1;
		String typed = text.substring(0, at) + ", see [paragraph 1]" + text.substring(at);
		Set<String> labels = labels(complete(file, typed, TextPositions.of(typed, at + ", see [paragraph ".length())));
		for (StructureNode paragraph : paragraphs) {
			if (paragraph.getParent() == null) {
				assertTrue(labels.contains(paragraph.getLabel()), "paragraph " + paragraph.getLabel() + " in " + labels);
			}
		}
	}

	private static Paragraph firstOperativeParagraph(Path file) {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		return workspace.operativeParagraphs(workspace.documentIn(file)).get(0);
	}

	private static Path exampleWithActingBody() {
		for (Path file : Examples.files()) {
			if (ACTING_BODY.matcher(Examples.read(file)).find() && Examples.read(file).contains("@body CCPCJ")) {
				return file;
			}
		}
		throw new AssertionError("no example is a text of the CCPCJ with a session");
	}
}
