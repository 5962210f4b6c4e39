package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.unres.dsl.ide.server.UnresServerModule;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

import com.google.common.collect.Lists;
import com.google.inject.Guice;

/**
 * A build that a newer change cancels may already have published diagnostics computed against
 * its own, discarded, index. The server's workspace is driven here without the protocol, so that
 * the cancellation falls at a chosen point: right after the citing file was checked against the
 * renumbered document. When the change is then undone, the citing file must be checked again.
 */
class CancelledBuildTest {

	private final Map<URI, List<Issue>> published = new ConcurrentHashMap<>();

	@Test
	void diagnosticsPublishedByACancelledBuildAreCheckedAgain() {
		ExampleWorkspace.Citation citation = ExampleWorkspace.load().crossFileCitations().get(0);
		URI citing = uriOf(citation.citingFile());
		URI cited = uriOf(citation.citedFile());
		String citedText = Examples.read(citation.citedFile());
		String designation = citation.cited().getDesignation();
		int heading = ExampleWorkspace.offsetOf(citation.cited(), UnresPackage.Literals.DOCUMENT__DESIGNATION);
		String renumbered = citedText.substring(0, heading) + designation + "99"
				+ citedText.substring(heading + designation.length());

		WorkspaceManager workspace = Guice.createInjector(new UnresServerModule()).getInstance(WorkspaceManager.class);
		workspace.initialize(uriOf(Examples.folder()), (uri, issues) -> published.put(uri, Lists.newArrayList(issues)),
				CancelIndicator.NullImpl);
		workspace.didOpen(cited, 1, citedText).build(CancelIndicator.NullImpl);
		assertTrue(externalCitationsAt(citing, citation).isEmpty(), "the citation links before the change");

		published.remove(citing);
		CancelIndicator cancelledOnceTheCitingFileIsChecked = () -> published.containsKey(citing);
		assertThrows(RuntimeException.class, () -> workspace.didChangeTextDocumentContent(cited, 2, replaceAll(renumbered))
				.build(cancelledOnceTheCitingFileIsChecked));
		assertTrue(!externalCitationsAt(citing, citation).isEmpty(),
				"the cancelled build published the citation as external before it was cancelled");

		workspace.didChangeTextDocumentContent(cited, 3, replaceAll(citedText)).build(CancelIndicator.NullImpl);
		assertTrue(externalCitationsAt(citing, citation).isEmpty(),
				"after the change is undone the citation links again: " + published.get(citing));
	}

	private List<Issue> externalCitationsAt(URI file, ExampleWorkspace.Citation citation) {
		return published.getOrDefault(file, List.of()).stream()
				.filter(i -> IssueCodes.EXTERNAL_CITATION.equals(i.getCode()) && i.getOffset() == citation.offset())
				.toList();
	}

	private static List<TextDocumentContentChangeEvent> replaceAll(String text) {
		return List.of(new TextDocumentContentChangeEvent(text));
	}

	/** The URI as the server makes it from what a client sends. */
	private static URI uriOf(Path path) {
		return new UriExtensions().toUri(Uris.of(path));
	}
}
