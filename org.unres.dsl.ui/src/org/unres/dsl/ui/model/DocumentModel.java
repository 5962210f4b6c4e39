package org.unres.dsl.ui.model;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.Document;

/**
 * The parsed state of one open document, shared by the editor's features (reconciler, content
 * assist, hover, hyperlinks, outline): the text is parsed again only when it changed. Readers run
 * one at a time, because EMF resources resolve their links lazily and are not thread-safe.
 */
public final class DocumentModel {

	private static final Map<IDocument, DocumentModel> MODELS = new WeakHashMap<>();
	private static final AtomicInteger UNTITLED = new AtomicInteger();

	private final IDocument document;
	private final List<Consumer<ParsedText>> listeners = new CopyOnWriteArrayList<>();
	private int version;
	private ParsedText parsed;
	private URI untitled;

	private DocumentModel(IDocument document) {
		this.document = document;
	}

	public static DocumentModel of(IDocument document) {
		synchronized (MODELS) {
			return MODELS.computeIfAbsent(document, DocumentModel::new);
		}
	}

	/** Runs a reader on the current text, parsing it first if it changed since the last read. */
	public synchronized <T> T read(Function<ParsedText, T> reader) {
		String text = document.get();
		if (parsed == null || !parsed.text().equals(text)) {
			parsed = new ParsedText(text, WorkspaceParser.parse(uri(), text), new Document(++version, text));
		}
		return reader.apply(parsed);
	}

	/** The workspace file shown, or null for a file outside the workspace or an unsaved text. */
	public IFile file() {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		if (location == null) {
			return null;
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		// editors connect workspace files by their full path, outside files by file system path
		if (location.segmentCount() >= 2 && root.getFile(location).exists()) {
			return root.getFile(location);
		}
		IFile file = root.getFileForLocation(location);
		return file != null && file.exists() ? file : null;
	}

	/** The URI the text is parsed under: the workspace file's, an outside file's, or a made-up one. */
	public synchronized URI uri() {
		IFile file = file();
		if (file != null) {
			return SourceFiles.uriOf(file);
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getFileStore() != null) {
			return URI.createURI(buffer.getFileStore().toURI().toString());
		}
		if (untitled == null) {
			untitled = URI.createURI("untitled:/text-" + UNTITLED.incrementAndGet() + ".unres");
		}
		return untitled;
	}

	/** Tells listeners (the outline) that the reconciler checked a new state of the text. */
	public void reconciled(ParsedText state) {
		listeners.forEach(listener -> listener.accept(state));
	}

	public void addListener(Consumer<ParsedText> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ParsedText> listener) {
		listeners.remove(listener);
	}
}
