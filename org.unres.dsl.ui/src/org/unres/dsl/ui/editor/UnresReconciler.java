package org.unres.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.Reconciler;

/**
 * Checks the text a moment after each edit: parses it against the workspace, shows its problems
 * and its semantic highlighting, and tells the outline.
 */
public class UnresReconciler extends Reconciler {

	private static final int DELAY_MILLIS = 300;

	private final ValidationStrategy strategy = new ValidationStrategy();

	public UnresReconciler() {
		setReconcilingStrategy(strategy, IDocument.DEFAULT_CONTENT_TYPE);
		setIsIncrementalReconciler(false);
		setIsAllowedToModifyDocument(false);
		setDelay(DELAY_MILLIS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.install(textViewer);
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.uninstall();
	}
}
