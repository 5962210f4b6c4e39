package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

/** Diagnostics are published when a document is opened and again on every change, across files. */
class DiagnosticsTest extends InProcessServerTest {

	static List<Path> examples() {
		return Examples.files();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void anExampleOpensWithoutErrors(Path file) throws Exception {
		List<Diagnostic> diagnostics = openAndAwait(file, Examples.read(file));
		close(file);
		assertTrue(errors(diagnostics).isEmpty(), file.getFileName() + RecordingClient.describe(errors(diagnostics)));
	}

	@Test
	void aChangeBringsADiagnosticAndTheFixClearsIt() throws Exception {
		Path file = Examples.largest();
		String text = Examples.read(file);
		ExampleWorkspace workspace = ExampleWorkspace.load();
		Paragraph paragraph = workspace.operativeParagraphs(workspace.documentIn(file)).get(0);
		int lead = ExampleWorkspace.offsetOf(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD);
		String verb = paragraph.getLead();
		int verbEnd = text.indexOf('*', lead + 1);
		String misspelt = text.substring(0, verbEnd) + "xq" + text.substring(verbEnd);
		String uri = Uris.of(file);
		openAndAwait(file, text);

		session.change(uri, 2, misspelt);
		List<Diagnostic> after = session.client().awaitDiagnostics(uri,
				list -> list.stream().anyMatch(d -> IssueCodes.UNKNOWN_VERB.equals(code(d))), 60);
		Diagnostic unknown = after.stream().filter(d -> IssueCodes.UNKNOWN_VERB.equals(code(d))).findFirst().get();
		assertEquals(TextPositions.of(text, lead), unknown.getRange().getStart(), "the diagnostic marks the italic verb");
		assertTrue(unknown.getMessage().getLeft().contains(verb + "xq"), unknown.getMessage().getLeft());

		session.change(uri, 3, text);
		session.client().awaitDiagnostics(uri,
				list -> list.stream().noneMatch(d -> IssueCodes.UNKNOWN_VERB.equals(code(d))), 60);
		close(file);
	}

	/** Changing the number of a cited document turns its citations elsewhere into external ones. */
	@Test
	void aChangeInOneFileUpdatesTheDiagnosticsOfFilesCitingIt() throws Exception {
		ExampleWorkspace.Citation citation = ExampleWorkspace.load().crossFileCitations().stream().findFirst()
				.orElseThrow(() -> new AssertionError("no example cites another example"));
		String citingUri = Uris.of(citation.citingFile());
		String citingText = Examples.read(citation.citingFile());
		openAndAwait(citation.citingFile(), citingText);
		assertTrue(session.client().awaitDiagnostics(citingUri).stream()
				.noneMatch(d -> isExternalCitationAt(d, citingText, citation)), "the citation links before the change");

		Path cited = citation.citedFile();
		String citedText = Examples.read(cited);
		String designation = citation.cited().getDesignation();
		int heading = ExampleWorkspace.offsetOf(citation.cited(), UnresPackage.Literals.DOCUMENT__DESIGNATION);
		String renumbered = citedText.substring(0, heading) + designation + "99" + citedText.substring(heading
				+ designation.length());
		openAndAwait(cited, citedText);
		session.change(Uris.of(cited), 2, renumbered);
		session.client().awaitDiagnostics(citingUri,
				list -> list.stream().anyMatch(d -> isExternalCitationAt(d, citingText, citation)), 60);

		session.change(Uris.of(cited), 3, citedText);
		session.client().awaitDiagnostics(citingUri,
				list -> list.stream().noneMatch(d -> isExternalCitationAt(d, citingText, citation)), 60);
		close(cited);
		close(citation.citingFile());
	}

	private static boolean isExternalCitationAt(Diagnostic diagnostic, String text, ExampleWorkspace.Citation citation) {
		return IssueCodes.EXTERNAL_CITATION.equals(code(diagnostic))
				&& diagnostic.getRange().getStart().equals(TextPositions.of(text, citation.offset()));
	}
}
