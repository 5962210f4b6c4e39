package org.unres.dsl.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/**
 * How the style ids of semantic highlighting look in the editor. The ids come from the language's
 * ISemanticHighlightingCalculator: the UNRES roles (opener, verb, citation, footnote, metadata)
 * and the standard ids of Xtext and LSP (keyword, comment, number …). The most specific id
 * known here wins.
 */
public final class SemanticStyles {

	/** A colour and SWT font style. */
	public record Style(RGB color, int fontStyle) {
	}

	private static final Map<String, Style> STYLES = Map.ofEntries(
			Map.entry("opener", new Style(TokenColors.OPENER, SWT.ITALIC | SWT.BOLD)),
			Map.entry("verb", new Style(TokenColors.VERB, SWT.ITALIC | SWT.BOLD)),
			Map.entry("citation", new Style(TokenColors.CITATION, SWT.NORMAL)),
			Map.entry("footnote", new Style(TokenColors.FOOTNOTE, SWT.NORMAL)),
			Map.entry("metadata", new Style(TokenColors.METADATA, SWT.BOLD)),
			Map.entry("keyword", new Style(TokenColors.OPENER, SWT.BOLD)),
			Map.entry("function", new Style(TokenColors.VERB, SWT.BOLD)),
			Map.entry("namespace", new Style(TokenColors.CITATION, SWT.NORMAL)),
			Map.entry("number", new Style(TokenColors.FOOTNOTE, SWT.NORMAL)),
			Map.entry("decorator", new Style(TokenColors.METADATA, SWT.BOLD)),
			Map.entry("comment", new Style(TokenColors.COMMENT, SWT.ITALIC)),
			Map.entry("string", new Style(TokenColors.QUOTATION, SWT.NORMAL)));

	/** The UNRES roles are more specific than the standard ids they come with. */
	private static final List<String> PRECEDENCE = List.of("opener", "verb", "citation", "footnote", "metadata");

	private SemanticStyles() {
	}

	/** The style for a range's ids, or null when none is known. */
	public static Style of(List<String> ids) {
		for (String id : PRECEDENCE) {
			if (ids.contains(id)) {
				return STYLES.get(id);
			}
		}
		for (String id : ids) {
			Style style = STYLES.get(id);
			if (style != null) {
				return style;
			}
		}
		return null;
	}
}
