package org.unres.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * The text a diagnostic marks. Line-led tokens ("12.", "(a)", "[^3]:") carry the line break
 * before them, which a marker must not cover; and a feature written as several words ("Council
 * of Wizards") is marked as a whole.
 */
final class SourceRanges {

	private SourceRanges() {
	}

	/** The region of the feature's text, or null where the node model cannot tell. */
	static ITextRegion of(EObject source, EStructuralFeature feature, int index) {
		if (source == null || NodeModelUtils.getNode(source) == null) {
			return null;
		}
		List<INode> nodes = feature == null ? List.of(NodeModelUtils.getNode(source))
				: NodeModelUtils.findNodesForFeature(source, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		if (index >= 0 && index < nodes.size()) {
			nodes = List.of(nodes.get(index));
		}
		INode first = nodes.get(0);
		INode last = nodes.get(nodes.size() - 1);
		int start = first.getOffset();
		int end = last.getEndOffset();
		String text = source.eResource() == null ? null : NodeModelUtils.getNode(source).getRootNode().getText();
		if (text == null) {
			return new TextRegion(start, end - start);
		}
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new TextRegion(start, end - start);
	}
}
