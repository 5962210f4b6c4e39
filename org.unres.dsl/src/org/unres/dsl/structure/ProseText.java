package org.unres.dsl.structure;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.Prose;

/** Reads prose as it was written: the one place that turns source text into running text. */
public final class ProseText {

	private ProseText() {
	}

	/** The prose of a paragraph-like block, or null for other blocks. */
	public static Prose proseOf(Block block) {
		if (block instanceof PreambularParagraph p) {
			return p.getContent();
		}
		if (block instanceof Paragraph p) {
			return p.getContent();
		}
		return null;
	}

	/** The source text of an element with runs of white space read as one space. */
	public static String textOf(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/**
	 * The prose of a block as punctuation is judged: footnote markers after the final
	 * punctuation ("…Questions,[^2]") do not count.
	 */
	public static String punctuatedText(Block block) {
		return TRAILING_FOOTNOTES.matcher(textOf(proseOf(block))).replaceFirst("");
	}

	/** Whether a block's prose ends with the given punctuation. */
	public static boolean endsWith(Block block, String punctuation) {
		return punctuatedText(block).endsWith(punctuation);
	}

	/** The last character of the block's prose, or 0 when it has none. */
	public static char lastCharacter(Block block) {
		String text = punctuatedText(block);
		return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
	}

	private static final java.util.regex.Pattern TRAILING_FOOTNOTES = java.util.regex.Pattern
			.compile("(\\s*\\[\\^\\d+\\s*\\])+$");
}
