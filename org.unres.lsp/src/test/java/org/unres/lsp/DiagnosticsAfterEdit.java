package org.unres.lsp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.unres.dsl.validation.IssueCodes;

/**
 * How long after a keystroke-sized edit the new diagnostics of the document arrive: the edit
 * misspells the operative verb nearest the middle of the text, the next one undoes it, as an
 * editor sends them (incremental changes). Each wait ends when the published diagnostics show the
 * unknown verb, or no longer show it.
 */
final class DiagnosticsAfterEdit {

	private static final Pattern OPERATIVE_VERB = Pattern.compile("(?m)^\\d+\\. \\*([^*\\n]+)\\*");
	private static final String TYPO = "xq";

	private final LspSession session;
	private final String uri;
	private final Position verbEnd;
	private int version = 1;

	DiagnosticsAfterEdit(LspSession session, String uri, String text) {
		this.session = session;
		this.uri = uri;
		this.verbEnd = TextPositions.of(text, verbEndNearestTheMiddle(text));
	}

	void measure(int edits) throws InterruptedException {
		long before = unknownVerbs(session.client().awaitDiagnostics(uri));
		long[] nanos = new long[edits];
		for (int i = 0; i < edits; i++) {
			boolean misspell = i % 2 == 0;
			long expected = misspell ? before + 1 : before;
			long start = System.nanoTime();
			send(misspell ? new TextDocumentContentChangeEvent(new Range(verbEnd, verbEnd), TYPO)
					: new TextDocumentContentChangeEvent(new Range(verbEnd, shifted(verbEnd, TYPO.length())), ""));
			session.client().awaitDiagnostics(uri, list -> unknownVerbs(list) == expected, 120);
			nanos[i] = System.nanoTime() - start;
		}
		LatencyBench.print("diagnostics", nanos, "edits, each until its diagnostics arrive");
	}

	private void send(TextDocumentContentChangeEvent change) {
		session.server().getTextDocumentService().didChange(
				new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
	}

	private static long unknownVerbs(List<Diagnostic> diagnostics) {
		return diagnostics.stream()
				.filter(d -> d.getCode() != null && IssueCodes.UNKNOWN_VERB.equals(d.getCode().getLeft())).count();
	}

	private static Position shifted(Position position, int characters) {
		return new Position(position.getLine(), position.getCharacter() + characters);
	}

	private static int verbEndNearestTheMiddle(String text) {
		Matcher verbs = OPERATIVE_VERB.matcher(text);
		int best = -1;
		while (verbs.find()) {
			if (best < 0 || Math.abs(verbs.end(1) - text.length() / 2) < Math.abs(best - text.length() / 2)) {
				best = verbs.end(1);
			}
		}
		if (best < 0) {
			throw new IllegalStateException("no numbered paragraph opens with an italic verb");
		}
		return best;
	}
}
