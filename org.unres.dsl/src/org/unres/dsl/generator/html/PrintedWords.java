package org.unres.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The words of a piece of source as they are printed: tokens joined by one space where the
 * source has white space between them, the brackets of a citation left out, and cut into runs
 * where given spans (the cited numbers, the referenced paragraphs) begin and end, so that each
 * span can become a link.
 */
final class PrintedWords {

	/** A source range, start inclusive and end exclusive, that is to be printed as one run. */
	record Span(int start, int end) {

		static Span of(INode node) {
			return new Span(node.getOffset(), node.getEndOffset());
		}

		boolean contains(ILeafNode leaf) {
			return start <= leaf.getOffset() && leaf.getEndOffset() <= end;
		}
	}

	/** Printed text, and the index of the span it belongs to, or -1 for text outside every span. */
	record Run(String text, int span) {
	}

	private PrintedWords() {
	}

	/** The printed text of a node, without the brackets around a citation. */
	static String of(INode node) {
		StringBuilder text = new StringBuilder();
		for (Run run : split(node, List.of())) {
			text.append(run.text());
		}
		return text.toString();
	}

	static List<Run> split(INode node, List<Span> spans) {
		List<ILeafNode> leaves = visibleLeaves(node);
		List<Run> runs = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		int current = -1;
		ILeafNode previous = null;
		for (ILeafNode leaf : leaves) {
			int span = spanOf(leaf, spans);
			boolean space = previous != null && leaf.getOffset() > previous.getEndOffset();
			if (span != current) {
				// A space between two runs goes outside both, so that links never start or end with one.
				if (space) {
					if (current != -1) {
						flush(runs, text, current);
						current = -1;
					}
					text.append(' ');
					space = false;
				}
				if (span != current) {
					flush(runs, text, current);
					current = span;
				}
			}
			if (space) {
				text.append(' ');
			}
			text.append(leaf.getText());
			previous = leaf;
		}
		flush(runs, text, current);
		return runs;
	}

	private static void flush(List<Run> runs, StringBuilder text, int span) {
		if (!text.isEmpty()) {
			runs.add(new Run(text.toString(), span));
			text.setLength(0);
		}
	}

	private static int spanOf(ILeafNode leaf, List<Span> spans) {
		for (int i = 0; i < spans.size(); i++) {
			if (spans.get(i).contains(leaf)) {
				return i;
			}
		}
		return -1;
	}

	/** Leaves that print: no white space or comments, and not the brackets that delimit a citation. */
	private static List<ILeafNode> visibleLeaves(INode node) {
		List<ILeafNode> leaves = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				leaves.add(leaf);
			}
		}
		if (!leaves.isEmpty() && leaves.get(0).getText().equals("[")) {
			leaves.remove(0);
		}
		if (!leaves.isEmpty() && leaves.get(leaves.size() - 1).getText().equals("]")) {
			leaves.remove(leaves.size() - 1);
		}
		return leaves;
	}
}
