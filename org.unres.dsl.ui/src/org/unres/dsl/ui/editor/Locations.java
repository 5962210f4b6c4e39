package org.unres.dsl.ui.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.unres.dsl.ui.model.SourceFiles;

/** Opens the editor of a location (a file and a range) and selects the range. */
public final class Locations {

	private static final ILog LOG = ILog.of(Locations.class);

	private Locations() {
	}

	public static IEditorPart open(Location location) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		URI uri = URI.createURI(location.getUri());
		try {
			IFile file = SourceFiles.fileOf(uri);
			IEditorPart editor = file != null ? IDE.openEditor(page, file, true)
					: IDE.openEditorOnFileStore(page, EFS.getStore(java.net.URI.create(uri.trimFragment().toString())));
			if (editor instanceof ITextEditor textEditor) {
				select(textEditor, location);
			}
			return editor;
		} catch (CoreException e) {
			LOG.error("Cannot open " + location.getUri(), e);
			return null;
		}
	}

	private static void select(ITextEditor editor, Location location) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			select(editor, document, offsetOf(document, location.getRange().getStart()),
					offsetOf(document, location.getRange().getEnd()));
		} catch (BadLocationException e) {
			// the file changed since the location was computed: the editor opens at its top
		}
	}

	/** Selects the words of a range, without the line break a line-led token carries. */
	static void select(ITextEditor editor, IDocument document, int start, int end) {
		IRegion words = Words.of(document.get(), start, end);
		editor.selectAndReveal(words.getOffset(), words.getLength());
	}

	static int offsetOf(IDocument document, Position position) throws BadLocationException {
		int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
		int lineOffset = document.getLineOffset(line);
		return Math.min(lineOffset + position.getCharacter(), lineOffset + document.getLineLength(line));
	}
}
