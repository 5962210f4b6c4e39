package org.unres.dsl.ide.navigation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Regions of source text as an editor shows them. Line-led tokens ("12.", "(a)", "[^3]:") carry
 * the line break and indentation before them, which a selection or a range must not cover.
 */
public final class TextRegions {

	private TextRegions() {
	}

	/** The node's region without white space at either end; null for no node. */
	public static ITextRegion trimmed(INode node) {
		if (node == null) {
			return null;
		}
		String text = node.getRootNode().getText();
		return trimmed(text, node.getOffset(), node.getEndOffset());
	}

	/** The region from start to end without white space at either end. */
	public static ITextRegion trimmed(String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new TextRegion(start, end - start);
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
		ICompositeNode root = nodes.get(0).getRootNode();
		return trimmed(root.getText(), nodes.get(0).getOffset(), nodes.get(nodes.size() - 1).getEndOffset());
	}

	/** The smallest region that covers both; either may be null. */
	public static ITextRegion merge(ITextRegion a, ITextRegion b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a.merge(b);
	}
}
