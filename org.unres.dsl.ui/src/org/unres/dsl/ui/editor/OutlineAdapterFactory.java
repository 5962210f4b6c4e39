package org.unres.dsl.ui.editor;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the Generic Editor an outline page when it shows a {@code .unres} file. */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& UnresInputs.isUnres(editor.getEditorInput()) && editor.getDocumentProvider() != null) {
			return adapterType.cast(new UnresOutlinePage(editor,
					editor.getDocumentProvider().getDocument(editor.getEditorInput())));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
