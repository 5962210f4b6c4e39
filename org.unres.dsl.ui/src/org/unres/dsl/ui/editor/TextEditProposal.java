package org.unres.dsl.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A completion that replaces a region with a text, and stays in the list while what the user goes
 * on typing still begins the text.
 */
public class TextEditProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final String text;
	private final int offset;
	private final int length;
	private final String display;
	private final String documentation;
	private int typedBeyond;

	public TextEditProposal(String text, int offset, int length, String display, String documentation) {
		this.text = text;
		this.offset = offset;
		this.length = length;
		this.display = display;
		this.documentation = documentation;
	}

	public String getText() {
		return text;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(offset, length + typedBeyond, text);
		} catch (BadLocationException e) {
			// the document changed under the popup; nothing to insert into
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
		typedBeyond = Math.max(0, caret - (offset + length));
		apply(viewer.getDocument());
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public boolean validate(IDocument document, int caret, DocumentEvent event) {
		if (caret < offset) {
			return false;
		}
		try {
			String typed = document.get(offset, caret - offset).toLowerCase(Locale.ROOT);
			return text.toLowerCase(Locale.ROOT).startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(offset + text.length(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return documentation;
	}

	@Override
	public String getDisplayString() {
		return display;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
