package org.unres.dsl.ui.problems;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;

/**
 * The document a marker's file has now (the open editor's, unsaved edits included, or the saved
 * file's) and where the marker sits in it. Closing it saves changes made to a file that no editor
 * has open.
 */
final class MarkedDocument implements AutoCloseable {

	private final IPath path;
	private final ITextFileBuffer buffer;
	private final boolean openElsewhere;

	MarkedDocument(IMarker marker) throws CoreException {
		IFile file = (IFile) marker.getResource();
		path = file.getFullPath();
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		openElsewhere = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
		manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
		buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
	}

	IDocument document() {
		return buffer.getDocument();
	}

	/** Where the marker is now: the editor tracks it through edits; otherwise its saved offsets. */
	Position positionOf(IMarker marker) {
		if (buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel markers) {
			Position position = markers.getMarkerPosition(marker);
			if (position != null && !position.isDeleted()) {
				return position;
			}
		}
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		return new Position(start, Math.max(0, end - start));
	}

	@Override
	public void close() throws CoreException {
		try {
			if (!openElsewhere && buffer.isDirty()) {
				buffer.commit(new NullProgressMonitor(), true);
			}
		} finally {
			FileBuffers.getTextFileBufferManager().disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
		}
	}
}
