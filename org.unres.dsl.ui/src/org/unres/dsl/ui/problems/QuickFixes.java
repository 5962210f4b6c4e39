package org.unres.dsl.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;

/**
 * Quick fixes for a problem marker, from the language's code action service (ICodeActionService2,
 * which the IDE module binds to the quick fixes keyed by issue code): the marker becomes the
 * diagnostic a language client would send, with its issue code and issue data, and the fixes
 * come back as text edits.
 */
public final class QuickFixes {

	/** A fix: its title and the edits it makes to the document. */
	public record Fix(String title, List<TextEdit> edits) {
	}

	private QuickFixes() {
	}

	/** Whether quick fixes can exist at all: the IDE module binds a code action service. */
	public static boolean available() {
		return LanguageServices.isBound(ICodeActionService2.class);
	}

	/** The fixes for a marker shown on a document ({@code start}, {@code end}: where the marker is now). */
	public static List<Fix> of(IMarker marker, IDocument document, int start, int end) {
		if (!available() || marker.getAttribute(IssueMarkers.CODE, null) == null) {
			return List.of();
		}
		return DocumentModel.of(document).read(parsed -> fixes(parsed, diagnosticOf(marker, parsed, start, end)));
	}

	private static Diagnostic diagnosticOf(IMarker marker, ParsedText parsed, int start, int end) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setRange(parsed.rangeOf(start, end - start));
		diagnostic.setMessage(marker.getAttribute(IMarker.MESSAGE, ""));
		diagnostic.setCode(marker.getAttribute(IssueMarkers.CODE, null));
		diagnostic.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
		case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
		case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		// in-process, issue data stays the String[] the validator gave (a client would send it as JSON)
		diagnostic.setData(IssueMarkers.dataOf(marker));
		return diagnostic;
	}

	private static List<Fix> fixes(ParsedText parsed, Diagnostic diagnostic) {
		String uri = parsed.resource().getURI().toString();
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setURI(uri);
		options.setDocument(parsed.document());
		options.setResource(parsed.resource());
		options.setLanguageServerAccess(new InProcessServerAccess(parsed));
		options.setCodeActionParams(params);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		List<Fix> fixes = new ArrayList<>();
		for (Either<Command, CodeAction> action : LanguageServices.get(ICodeActionService2.class).getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getEdit().getChanges() != null) {
				List<TextEdit> edits = new ArrayList<>();
				for (Map.Entry<String, List<TextEdit>> change : action.getRight().getEdit().getChanges().entrySet()) {
					if (change.getKey().equals(uri)) {
						edits.addAll(change.getValue());
					}
				}
				if (!edits.isEmpty()) {
					fixes.add(new Fix(action.getRight().getTitle(), edits));
				}
			}
		}
		return fixes;
	}

	/** Applies a fix's edits to the document, the last in the text first so that earlier offsets hold. */
	public static void apply(Fix fix, IDocument document) throws BadLocationException {
		record Replacement(int start, int end, String text) {
		}
		List<Replacement> replacements = new ArrayList<>();
		for (TextEdit edit : fix.edits()) {
			replacements.add(new Replacement(offsetOf(document, edit.getRange().getStart()),
					offsetOf(document, edit.getRange().getEnd()), edit.getNewText()));
		}
		replacements.sort((a, b) -> Integer.compare(b.start(), a.start()));
		for (Replacement replacement : replacements) {
			document.replace(replacement.start(), replacement.end() - replacement.start(), replacement.text());
		}
	}

	private static int offsetOf(IDocument document, Position position) throws BadLocationException {
		return document.getLineOffset(position.getLine()) + position.getCharacter();
	}
}
