package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The printed words of a piece of markup, read from the source as the reader sees them: tokens
 * as written, any run of white space or line breaks as one space, the brackets of a citation
 * left out. A citation can be cut into the spans of its parts, so that "resolutions 2004/26 of 21
 * July 2004 and 2008/23" becomes a reference per cited resolution.
 */
final class SourceText {

	/** A run of text; {@code piece} is the index of the part it belongs to, or -1 between parts. */
	record Segment(String text, int piece) {
	}

	private record Token(String text, int piece, boolean spaceBefore) {
	}

	private SourceText() {
	}

	/** The words of an element without its brackets: "General Assembly resolution 66/8". */
	static String of(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (Segment segment : split(node, List.of())) {
			text.append(segment.text());
		}
		return text.toString();
	}

	/** Whether white space separates two elements in the source ("Justice;[^3]" has none). */
	static boolean spaceBetween(EObject before, EObject after) {
		INode first = before == null ? null : NodeModelUtils.getNode(before);
		INode second = after == null ? null : NodeModelUtils.getNode(after);
		return first != null && second != null && spaceIn(first, first.getOffset() + first.getLength(), second.getOffset());
	}

	/** Whether white space separates a token of {@code owner} ("*Requests*") from the element after it. */
	static boolean spaceAfterFeature(EObject owner, EStructuralFeature feature, EObject after) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		INode next = after == null ? null : NodeModelUtils.getNode(after);
		if (nodes.isEmpty() || next == null || next.getLength() == 0) {
			return false;
		}
		INode token = nodes.get(0);
		return spaceIn(token, token.getOffset() + token.getLength(), next.getOffset());
	}

	/**
	 * Whether the source holds white space between two offsets. The nodes of bracketed markup do
	 * not always include their brackets, so the text between is read rather than measured.
	 */
	static boolean spaceIn(INode anyNode, int from, int to) {
		String text = anyNode.getRootNode().getText();
		for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of {@code whole} cut at the parts given as nodes. The space between a part and
	 * the text around it goes to the text, so that a part's span holds only its own words.
	 */
	static List<Segment> split(INode whole, List<INode> pieces) {
		List<Token> tokens = tokens(whole, pieces);
		List<Segment> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int currentPiece = Integer.MIN_VALUE;
		for (Token token : tokens) {
			if (token.piece() != currentPiece) {
				boolean space = token.spaceBefore() && currentPiece != Integer.MIN_VALUE;
				if (space && currentPiece == -1) {
					current.append(' ');
				}
				if (currentPiece != Integer.MIN_VALUE) {
					segments.add(new Segment(current.toString(), currentPiece));
				}
				current.setLength(0);
				if (space && currentPiece != -1) {
					if (token.piece() == -1) {
						current.append(' ');
					} else {
						segments.add(new Segment(" ", -1));
					}
				}
				currentPiece = token.piece();
			} else if (token.spaceBefore() && current.length() > 0) {
				current.append(' ');
			}
			current.append(token.text());
		}
		if (currentPiece != Integer.MIN_VALUE) {
			segments.add(new Segment(current.toString(), currentPiece));
		}
		return segments;
	}

	private static List<Token> tokens(INode whole, List<INode> pieces) {
		List<Token> tokens = new ArrayList<>();
		boolean hidden = false;
		for (ILeafNode leaf : whole.getLeafNodes()) {
			if (leaf.isHidden()) {
				hidden = !tokens.isEmpty();
				continue;
			}
			tokens.add(new Token(leaf.getText(), pieceOf(leaf, pieces), hidden));
			hidden = false;
		}
		if (!tokens.isEmpty() && tokens.get(0).text().equals("[")) {
			tokens.remove(0);
			if (!tokens.isEmpty()) {
				Token first = tokens.get(0);
				tokens.set(0, new Token(first.text(), first.piece(), false));
			}
		}
		if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("]")) {
			tokens.remove(tokens.size() - 1);
		}
		return tokens;
	}

	private static int pieceOf(ILeafNode leaf, List<INode> pieces) {
		for (int i = 0; i < pieces.size(); i++) {
			INode piece = pieces.get(i);
			if (leaf.getOffset() >= piece.getOffset() && leaf.getOffset() < piece.getOffset() + piece.getLength()) {
				return i;
			}
		}
		return -1;
	}
}
