package org.unres.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Lexical highlighting of {@code .unres} files, contributed to the Generic Editor. */
public class UnresPresentationReconciler extends PresentationReconciler {

	public UnresPresentationReconciler() {
		DefaultDamagerRepairer lines = new DefaultDamagerRepairer(new UnresTokenScanner());
		setDamager(lines, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(lines, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
