package org.unres.dsl.structure;

import java.util.ArrayList;
import java.util.List;

import org.unres.dsl.unres.PreambularParagraph;

/** The body of a document or of one annex: its preamble, then its tree of paragraphs. */
public final class Part {

	private final List<PreambularParagraph> preamble = new ArrayList<>();
	private final List<StructureNode> items = new ArrayList<>();

	public List<PreambularParagraph> getPreamble() {
		return preamble;
	}

	/** Top-level paragraphs and headings, in order. */
	public List<StructureNode> getItems() {
		return items;
	}

	/** Every paragraph of the part, depth first, in reading order. */
	public List<StructureNode> getAllParagraphs() {
		List<StructureNode> all = new ArrayList<>();
		collect(items, all);
		return all;
	}

	private static void collect(List<StructureNode> nodes, List<StructureNode> into) {
		for (StructureNode node : nodes) {
			if (node.isParagraph()) {
				into.add(node);
			}
			collect(node.getChildren(), into);
		}
	}
}
