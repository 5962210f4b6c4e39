package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The running workbench as the tests drive it: open editors, and wait for background work. */
final class Workbench {

	/** Long enough for a parse, a validation and a marker update on a loaded machine. */
	static final Duration PATIENCE = Duration.ofSeconds(60);

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) {
		try {
			IEditorPart editor = IDE.openEditor(page(), file, true);
			if (!(editor instanceof ITextEditor textEditor)) {
				throw new AssertionError(file.getName() + " opened in " + editor.getClass().getName());
			}
			return textEditor;
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	static IDocument documentOf(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static StyledText textOf(ITextEditor editor) {
		return (StyledText) editor.getAdapter(Control.class);
	}

	static void closeEditors() {
		page().closeAllEditors(false);
	}

	/** Runs the event loop until the condition holds; fails with the description after {@link #PATIENCE}. */
	static void waitUntil(String description, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Waited " + PATIENCE.toSeconds() + " s for: " + description);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	/** Lets pending UI work run (asynchronous updates queued by background threads). */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}
}
