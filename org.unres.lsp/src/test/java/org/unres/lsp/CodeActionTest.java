package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

/**
 * Code actions fix what validation finds, from the data the issue carries: a damaged text is
 * opened, the server's diagnostic is sent back with a request for code actions, and applying the
 * action gives back the original text.
 */
class CodeActionTest extends InProcessServerTest {

	private static final Pattern PREAMBULAR_LINE = Pattern.compile("(?m)^\\*[^*\\n]+\\*[^\\n]*,$");

	/** Opens the damaged text, fixes the diagnostic with that code, and returns the fixed text. */
	private static String fix(Path file, String damaged, String issueCode) throws Exception {
		String uri = Uris.of(file);
		List<Diagnostic> diagnostics = openAndAwait(file, damaged);
		try {
			Diagnostic diagnostic = diagnostics.stream().filter(d -> issueCode.equals(code(d))).findFirst()
					.orElseThrow(() -> new AssertionError(issueCode + " not in" + RecordingClient.describe(diagnostics)));
			List<Either<Command, CodeAction>> actions = LspSession.await(documents().codeAction(new CodeActionParams(
					id(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
			assertEquals(1, actions.size(), "one fix for " + issueCode + ": " + actions);
			CodeAction action = actions.get(0).getRight();
			assertEquals("quickfix", action.getKind());
			return TextPositions.apply(damaged, action.getEdit().getChanges().get(uri));
		} finally {
			close(file);
		}
	}

	/** The first operative paragraph of the largest example that ends with a semicolon. */
	private static Paragraph firstOperativeParagraph() {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		return workspace.operativeParagraphs(workspace.documentIn(Examples.largest())).stream()
				.filter(p -> ProseText.endsWith(p, ";")).findFirst()
				.orElseThrow(() -> new AssertionError("an operative paragraph that ends with a semicolon"));
	}

	private static org.eclipse.emf.ecore.EStructuralFeature labelFeature(Paragraph paragraph) {
		return paragraph instanceof org.unres.dsl.unres.NumberedParagraph ? UnresPackage.Literals.NUMBERED_PARAGRAPH__NUMBER
				: UnresPackage.Literals.LETTERED_PARAGRAPH__LABEL;
	}

	@Test
	void aMissingSemicolonIsAdded() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		int end = ExampleWorkspace.endOf(firstOperativeParagraph());
		assertEquals(';', text.charAt(end - 1));
		String damaged = text.substring(0, end - 1) + text.substring(end);
		assertEquals(text, fix(file, damaged, IssueCodes.OPERATIVE_PUNCTUATION));
	}

	@Test
	void aWrongPreambularEndIsReplacedByAComma() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		Matcher line = PREAMBULAR_LINE.matcher(text);
		assertTrue(line.find());
		String damaged = text.substring(0, line.end() - 1) + ";" + text.substring(line.end());
		assertEquals(text, fix(file, damaged, IssueCodes.PREAMBLE_PUNCTUATION));
	}

	@Test
	void aParagraphOutOfSequenceIsRenumbered() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		Paragraph paragraph = firstOperativeParagraph();
		// "1." becomes "97.", "(a)" becomes "(q)": the label's letters or digits are replaced
		int start = ExampleWorkspace.offsetOf(paragraph, labelFeature(paragraph));
		if (text.charAt(start) == '(') {
			start++;
		}
		int end = start;
		while (Character.isLetterOrDigit(text.charAt(end))) {
			end++;
		}
		String wrong = Character.isDigit(text.charAt(start)) ? "97" : "q";
		String damaged = text.substring(0, start) + wrong + text.substring(end);
		assertEquals(text, fix(file, damaged, IssueCodes.NUMBERING_SEQUENCE));
	}

	/** "*Also requests*" with no "*Requests*" above it becomes "*Requests*". */
	@Test
	void aRepeatedFormWithoutItsPlainUseBecomesPlain() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		Paragraph paragraph = firstOperativeParagraph();
		int lead = ExampleWorkspace.offsetOf(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD);
		String verb = paragraph.getLead();
		String repeated = "Also " + Character.toLowerCase(verb.charAt(0)) + verb.substring(1);
		String damaged = text.substring(0, lead + 1) + repeated + text.substring(lead + 1 + verb.length());
		assertEquals(text, fix(file, damaged, IssueCodes.ADVERB_BEFORE_PLAIN_USE));
	}

	@Test
	void aMisspeltVerbIsReplacedByTheSuggestion() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		Paragraph paragraph = firstOperativeParagraph();
		String verb = paragraph.getLead();
		int dropped = ExampleWorkspace.offsetOf(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD) + 3;
		assertTrue(Character.isLetter(text.charAt(dropped)), "a verb of at least three letters: " + verb);
		String damaged = text.substring(0, dropped) + text.substring(dropped + 1);
		assertEquals(text, fix(file, damaged, IssueCodes.UNKNOWN_VERB));
	}
}
