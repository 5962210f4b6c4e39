package org.unres.dsl.ide.navigation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Regions of source text as an editor shows them. Line-led tokens ("12.", "(a)", "[^3]:") carry
 * the line break and indentation before them, which a selection or a range must not cover.
 * Regions are computed from the nodes' own text, never from the whole file's, so that a long
 * document costs no more per element than a short one.
 */
public final class TextRegions {

	private TextRegions() {
	}

	/** The node's region without white space at either end; null for no node. */
	public static ITextRegion trimmed(INode node) {
		return node == null ? null : new TextRegion(start(node), end(node) - start(node));
	}

	/** The trimmed region of an element's text; null when it has no node. */
	public static ITextRegion of(EObject object) {
		return object == null ? null : trimmed(NodeModelUtils.getNode(object));
	}

	/** The trimmed region of the text of one feature (all its nodes); null when it is not written. */
	public static ITextRegion of(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		int start = start(nodes.get(0));
		return new TextRegion(start, Math.max(start, end(nodes.get(nodes.size() - 1))) - start);
	}

	/** The region with white space at either end left out, read from the element's own text. */
	public static ITextRegion trimmed(EObject element, ITextRegion region) {
		INode node = element == null ? null : NodeModelUtils.getNode(element);
		if (node == null || region == null) {
			return region;
		}
		String text = node.getText();
		int base = node.getTotalOffset();
		int start = region.getOffset();
		int end = region.getOffset() + region.getLength();
		while (start < end && start - base >= 0 && start - base < text.length()
				&& Character.isWhitespace(text.charAt(start - base))) {
			start++;
		}
		while (end > start && end - base - 1 >= 0 && end - base - 1 < text.length()
				&& Character.isWhitespace(text.charAt(end - base - 1))) {
			end--;
		}
		return new TextRegion(start, end - start);
	}

	/** The smallest region that covers both; either may be null. */
	public static ITextRegion merge(ITextRegion a, ITextRegion b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a.merge(b);
	}

	/**
	 * Where the node's text starts: past the hidden tokens before it (white space, comments),
	 * which getOffset leaves out, and past the line break a line-led token begins with.
	 */
	private static int start(INode node) {
		String text = node.getText();
		int i = node.getOffset() - node.getTotalOffset();
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return node.getTotalOffset() + i;
	}

	/** Where the node's text ends, before any white space it ends with. */
	private static int end(INode node) {
		String text = node.getText();
		int i = node.getEndOffset() - node.getTotalOffset();
		while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return node.getTotalOffset() + i;
	}
}
