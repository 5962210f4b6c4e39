package org.unres.dsl.ide.contentassist;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The leaf at an offset, as Xtext's {@code LeafNodeFinder} defines it (the first leaf in text order
 * that covers the offset, or ends there when {@code leading}; then the last of the leaves right
 * after it that do too, such as empty ones), found by going down to it rather than by visiting every
 * leaf before it: content assist asks for it twice per request, and a long text has many leaves.
 */
public final class LeafAtOffset {

	private final int offset;
	private final boolean leading;

	public LeafAtOffset(int offset, boolean leading) {
		this.offset = offset;
		this.leading = leading;
	}

	public ILeafNode searchIn(ICompositeNode root) {
		if (!matches(root)) {
			return null;
		}
		ILeafNode result = firstMatch(root);
		if (result == null) {
			return null;
		}
		for (ILeafNode next = nextLeaf(result); next != null && matches(next); next = nextLeaf(next)) {
			result = next;
		}
		return result;
	}

	private boolean matches(INode node) {
		int start = node.getTotalOffset();
		int end = node.getTotalEndOffset();
		boolean covers = leading ? start < offset && end >= offset : start <= offset && end > offset;
		return covers || start == offset && node.getTotalLength() == 0;
	}

	/**
	 * The first matching leaf under a node. Children lie one after the other, so only the last
	 * child that starts before the offset and those that start at it can hold a match; the others
	 * are passed over by their start alone (the end of a composite node is dearer to compute).
	 */
	private ILeafNode firstMatch(ICompositeNode node) {
		INode before = null;
		for (INode child : node.getChildren()) {
			int start = child.getTotalOffset();
			if (start < offset) {
				before = child;
				continue;
			}
			ILeafNode found = before == null ? null : matchIn(before);
			before = null;
			if (found != null) {
				return found;
			}
			if (start > offset) {
				return null;
			}
			found = matchIn(child);
			if (found != null) {
				return found;
			}
		}
		return before == null ? null : matchIn(before);
	}

	private ILeafNode matchIn(INode node) {
		if (node instanceof ILeafNode leaf) {
			return matches(leaf) ? leaf : null;
		}
		return node.getTotalEndOffset() < offset ? null : firstMatch((ICompositeNode) node);
	}

	private static ILeafNode nextLeaf(INode node) {
		for (INode current = node; current != null; current = current.getParent()) {
			for (INode sibling = current.getNextSibling(); sibling != null; sibling = sibling.getNextSibling()) {
				ILeafNode first = firstLeaf(sibling);
				if (first != null) {
					return first;
				}
			}
		}
		return null;
	}

	private static ILeafNode firstLeaf(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf;
		}
		for (INode child : ((ICompositeNode) node).getChildren()) {
			ILeafNode first = firstLeaf(child);
			if (first != null) {
				return first;
			}
		}
		return null;
	}
}
