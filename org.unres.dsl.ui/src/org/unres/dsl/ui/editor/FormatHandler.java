package org.unres.dsl.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** The Format command (Ctrl+Shift+F) of the UNRES editor. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor) || !UnresInputs.isUnres(editor.getEditorInput())
				|| !editor.isEditable()) {
			return null;
		}
		try {
			DocumentFormatter.format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		} catch (IllegalArgumentException e) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Format", e.getMessage());
		}
		return null;
	}
}
