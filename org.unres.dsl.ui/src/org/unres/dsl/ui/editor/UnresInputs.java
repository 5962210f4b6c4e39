package org.unres.dsl.ui.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.unres.dsl.ui.UnresUi;

/** Tells the Generic Editor's inputs that are UNRES files from the other text files it shows. */
public final class UnresInputs {

	private UnresInputs() {
	}

	/** Whether an open document is a .unres file, by the file its buffer holds. */
	public static boolean isUnres(IDocument document) {
		ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return false;
		}
		String name = buffer.getLocation() != null ? buffer.getLocation().lastSegment()
				: buffer.getFileStore() == null ? null : buffer.getFileStore().getName();
		return name != null && name.endsWith("." + UnresUi.FILE_EXTENSION);
	}

	public static boolean isUnres(IEditorInput input) {
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null && uriInput.getURI().getPath() != null) {
			return uriInput.getURI().getPath().endsWith("." + UnresUi.FILE_EXTENSION);
		}
		return input != null && input.getName().endsWith("." + UnresUi.FILE_EXTENSION);
	}
}
