package org.unres.dsl.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting through the language's formatter (org.unres.dsl.formatting2), sending only edits
 * that change something: the formatter also "replaces" white space with the same white space,
 * and editors would count such edits as changes to the file. A text with syntax errors is not
 * formatted: where the parser had to guess, moving white space could change what the text says.
 */
public class UnresFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		List<TextEdit> changes = new ArrayList<>();
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return changes;
		}
		for (TextEdit edit : super.format(resource, document, offset, length, options)) {
			if (!document.getSubstring(edit.getRange()).equals(edit.getNewText())) {
				changes.add(edit);
			}
		}
		return changes;
	}
}
