package org.unres.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

/**
 * Code actions from the quick fixes of {@link UnresQuickfixProvider}, leaving out those that
 * would change nothing (an issue without a suggestion has no fix to offer).
 */
public class UnresCodeActionService extends QuickFixCodeActionService {

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		return super.getCodeActions(options, diagnostic).stream()
				.filter(action -> action.isRight() && changesText(action.getRight().getEdit())).toList();
	}

	private static boolean changesText(WorkspaceEdit edit) {
		if (edit == null || edit.getChanges() == null) {
			return false;
		}
		for (List<TextEdit> edits : edit.getChanges().values()) {
			if (!edits.isEmpty()) {
				return true;
			}
		}
		return false;
	}
}
