package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

/**
 * The packaged server (java -jar target/unres-lsp.jar) as an editor runs it: a process speaking
 * LSP over its standard input and output, through a whole session on the examples.
 */
class StdioServerIT {

	@Test
	void aWholeSessionOverStandardInputAndOutput() throws Exception {
		ExampleWorkspace workspace = ExampleWorkspace.load();
		ExampleWorkspace.Citation citation = workspace.crossFileCitations().get(0);
		try (LspSession session = LspSession.subprocess()) {
			assertTrue(session.initialize(Examples.folder()).getCapabilities().getCompletionProvider() != null);
			TextDocumentService documents = session.server().getTextDocumentService();

			for (Path file : Examples.files()) {
				String uri = session.open(file);
				List<Diagnostic> diagnostics = session.client().awaitDiagnostics(uri);
				assertTrue(diagnostics.stream().noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error),
						file.getFileName() + RecordingClient.describe(diagnostics));
			}

			String citingText = Examples.read(citation.citingFile());
			TextDocumentIdentifier citing = new TextDocumentIdentifier(Uris.of(citation.citingFile()));
			var onNumber = TextPositions.of(citingText, citation.offset() + 1);

			List<CompletionItem> numbers = LspSession.await(documents.completion(
					new CompletionParams(citing, TextPositions.of(citingText, citation.offset())))).getRight().getItems();
			assertTrue(numbers.stream().anyMatch(i -> i.getLabel().equals(citation.cited().getDesignation())),
					"the cited number is proposed: " + numbers);

			List<? extends Location> definition = LspSession.await(documents.definition(
					new DefinitionParams(citing, onNumber))).getLeft();
			assertEquals(Uris.of(citation.citedFile()), definition.get(0).getUri(), "definition in another file");

			List<? extends Location> references = LspSession.await(documents.references(
					new ReferenceParams(citing, onNumber, new ReferenceContext(true))));
			assertTrue(references.stream().anyMatch(l -> l.getUri().equals(citing.getUri())), references.toString());
			assertTrue(references.stream().anyMatch(l -> l.getUri().equals(Uris.of(citation.citedFile()))),
					"the declaration is included: " + references);

			WorkspaceEdit rename = LspSession.await(documents.rename(new RenameParams(citing, onNumber,
					citation.cited().getDesignation() + "0")));
			assertTrue(rename.getChanges().containsKey(Uris.of(citation.citedFile())), rename.toString());
			assertTrue(rename.getChanges().containsKey(citing.getUri()), rename.toString());

			Path largest = Examples.largest();
			String text = Examples.read(largest);
			Paragraph paragraph = workspace.operativeParagraphs(workspace.documentIn(largest)).get(0);
			int verbEnd = text.indexOf('*', ExampleWorkspace.offsetOf(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD) + 1);
			String damaged = text.substring(0, verbEnd - 1) + text.substring(verbEnd);
			String uri = Uris.of(largest);
			session.change(uri, 2, damaged);
			Diagnostic unknownVerb = session.client().awaitDiagnostics(uri, list -> list.stream()
					.anyMatch(d -> IssueCodes.UNKNOWN_VERB.equals(d.getCode().getLeft())), 60).stream()
					.filter(d -> IssueCodes.UNKNOWN_VERB.equals(d.getCode().getLeft())).findFirst().get();
			List<CodeAction> actions = LspSession.await(documents.codeAction(new CodeActionParams(
					new TextDocumentIdentifier(uri), unknownVerb.getRange(), new CodeActionContext(List.of(unknownVerb)))))
					.stream().map(a -> a.getRight()).toList();
			assertEquals(text, TextPositions.apply(damaged, actions.get(0).getEdit().getChanges().get(uri)),
					"the code action restores the verb");

			session.change(uri, 3, text.replaceFirst("(?m)^(\\d+)\\. ", "$1.   "));
			List<? extends TextEdit> formatting = LspSession.await(documents.formatting(
					new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
			assertFalse(formatting.isEmpty(), "the extra spaces are formatted away");

			assertEquals(0, session.shutdownAndExit(), "the process ends with 0 after shutdown and exit");
			assertFalse(session.process().isAlive());
		}
	}
}
