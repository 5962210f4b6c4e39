package org.unres.dsl.structure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.Heading;
import org.unres.dsl.unres.LetteredParagraph;
import org.unres.dsl.unres.NumberedParagraph;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;

/**
 * Nests a flat run of blocks. A paragraph whose style is already open is a sibling at that level;
 * any other style opens a level under the paragraph before it. "(i)", "(v)" and "(x)" are
 * letters when they continue a lettered list whose previous item does not introduce a list
 * (does not end with a colon), and numerals otherwise.
 */
final class PartBuilder {

	private record Level(LabelStyle style, StructureNode parent, StructureNode last) {
	}

	private final List<Footnote> footnotes;
	private final Map<Block, StructureNode> nodes;
	private final Deque<Level> open = new ArrayDeque<>();
	private StructureNode previous;

	PartBuilder(List<Footnote> footnotes, Map<Block, StructureNode> nodes) {
		this.footnotes = footnotes;
		this.nodes = nodes;
	}

	Part build(List<Block> blocks) {
		Part part = new Part();
		for (Block block : blocks) {
			if (block instanceof PreambularParagraph preambular) {
				part.getPreamble().add(preambular);
			} else if (block instanceof Footnote footnote) {
				footnotes.add(footnote);
			} else if (block instanceof Heading) {
				open.clear();
				previous = null;
				add(part, new StructureNode(block, null, null, null));
			} else if (block instanceof Paragraph paragraph) {
				addParagraph(part, paragraph);
			} else if (previous != null) {
				previous.getAttachments().add(block);
			} else {
				add(part, new StructureNode(block, null, null, null));
			}
		}
		return part;
	}

	private void addParagraph(Part part, Paragraph paragraph) {
		String label = labelOf(paragraph);
		LabelStyle style = styleOf(label, paragraph);
		while (!open.isEmpty() && open.peek().style() != style && containsStyle(style)) {
			open.pop();
		}
		StructureNode parent;
		if (!open.isEmpty() && open.peek().style() == style) {
			parent = open.pop().parent();
		} else {
			parent = previous;
		}
		StructureNode node = new StructureNode(paragraph, label, style, parent);
		if (parent == null) {
			add(part, node);
		} else {
			parent.getChildren().add(node);
			nodes.put(paragraph, node);
		}
		open.push(new Level(style, parent, node));
		previous = node;
	}

	private void add(Part part, StructureNode node) {
		part.getItems().add(node);
		nodes.put(node.getBlock(), node);
	}

	private boolean containsStyle(LabelStyle style) {
		for (Level level : open) {
			if (level.style() == style) {
				return true;
			}
		}
		return false;
	}

	private LabelStyle styleOf(String label, Paragraph paragraph) {
		LabelStyle style = LabelStyle.unambiguousStyleOf(label);
		if (style != null) {
			return style;
		}
		char letter = label.charAt(1);
		int asRoman = LabelStyle.romanValue(String.valueOf(letter));
		Level roman = levelOf(LabelStyle.LOWER_ROMAN);
		if (roman != null && LabelStyle.ordinalOf(roman.last().getLabel(), LabelStyle.LOWER_ROMAN) + 1 == asRoman) {
			return LabelStyle.LOWER_ROMAN;
		}
		Level alpha = levelOf(LabelStyle.LOWER_ALPHA);
		boolean introducesList = previous != null && ProseText.endsWith(previous.getBlock(), ":");
		if (alpha != null && !introducesList
				&& LabelStyle.ordinalOf(alpha.last().getLabel(), LabelStyle.LOWER_ALPHA) + 1 == letter - 'a' + 1) {
			return LabelStyle.LOWER_ALPHA;
		}
		return LabelStyle.LOWER_ROMAN;
	}

	private Level levelOf(LabelStyle style) {
		Iterator<Level> it = open.iterator();
		while (it.hasNext()) {
			Level level = it.next();
			if (level.style() == style) {
				return level;
			}
		}
		return null;
	}

	static String labelOf(Paragraph paragraph) {
		if (paragraph instanceof NumberedParagraph numbered) {
			return numbered.getNumber();
		}
		return ((LetteredParagraph) paragraph).getLabel();
	}
}
