package org.unres.dsl.ui.editor;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.unres.dsl.formatting2.TextFormatter;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;

/**
 * Formats an editor's document with the language's formatter (TextFormatter) and replaces only
 * the part that changed, so that undo and the caret stay where the user expects them.
 */
public final class DocumentFormatter {

	private DocumentFormatter() {
	}

	/**
	 * Formats the document.
	 *
	 * @throws IllegalArgumentException when the text has a syntax error, saying where
	 */
	public static void format(IDocument document) {
		String formatted = DocumentModel.of(document).read(parsed -> {
			if (!parsed.resource().getErrors().isEmpty()) {
				Resource.Diagnostic error = parsed.resource().getErrors().get(0);
				throw new IllegalArgumentException("The text has a syntax error at line " + error.getLine() + ", column "
						+ error.getColumn() + ": " + error.getMessage() + ". Correct it before formatting.");
			}
			return LanguageServices.get(TextFormatter.class).format(parsed.resource());
		});
		String text = document.get();
		int prefix = 0;
		int limit = Math.min(text.length(), formatted.length());
		while (prefix < limit && text.charAt(prefix) == formatted.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix
				&& text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == text.length() && prefix == formatted.length()) {
			return;
		}
		try {
			document.replace(prefix, text.length() - prefix - suffix, formatted.substring(prefix, formatted.length() - suffix));
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}
}
