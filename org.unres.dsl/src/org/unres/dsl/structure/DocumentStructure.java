package org.unres.dsl.structure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;

/**
 * The derived shape of a document: the grammar keeps blocks flat, in the order written, and this
 * class nests sub-paragraphs under their paragraph by their labels, as a reader does.
 */
public final class DocumentStructure {

	private final Part main;
	private final Map<Annex, Part> annexes = new IdentityHashMap<>();
	private final List<Footnote> footnotes = new ArrayList<>();
	private final Map<Block, StructureNode> nodes = new IdentityHashMap<>();

	DocumentStructure(Document document) {
		main = new PartBuilder(footnotes, nodes).build(document.getBlocks());
		for (Annex annex : document.getAnnexes()) {
			annexes.put(annex, new PartBuilder(footnotes, nodes).build(annex.getBlocks()));
		}
	}

	public Part getMain() {
		return main;
	}

	public Part getAnnex(Annex annex) {
		return annexes.get(annex);
	}

	/** Footnote definitions of the whole document, in the order written. */
	public List<Footnote> getFootnotes() {
		return footnotes;
	}

	/** The node of a paragraph, heading or top-level block; null for attachments and footnotes. */
	public StructureNode nodeOf(Block block) {
		return nodes.get(block);
	}
}
