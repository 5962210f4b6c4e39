package org.unres.dsl.structure;

import java.util.ArrayList;
import java.util.List;

import org.unres.dsl.unres.Block;

/**
 * A numbered or lettered paragraph in its place in the tree, or a heading between paragraphs.
 * Tables, bullet items and reporting requests that follow a paragraph are its attachments.
 */
public final class StructureNode {

	private final Block block;
	private final String label;
	private final LabelStyle style;
	private final StructureNode parent;
	private final List<StructureNode> children = new ArrayList<>();
	private final List<Block> attachments = new ArrayList<>();

	StructureNode(Block block, String label, LabelStyle style, StructureNode parent) {
		this.block = block;
		this.label = label;
		this.style = style;
		this.parent = parent;
	}

	public Block getBlock() {
		return block;
	}

	/** "5", "(a)", "1.1", "a."; null for a heading or an unattached block. */
	public String getLabel() {
		return label;
	}

	public LabelStyle getStyle() {
		return style;
	}

	public StructureNode getParent() {
		return parent;
	}

	public List<StructureNode> getChildren() {
		return children;
	}

	public List<Block> getAttachments() {
		return attachments;
	}

	public boolean isParagraph() {
		return label != null;
	}

	/** The name a reference uses: "5(a)", "(c)(i)", "1.1". */
	public String getPath() {
		if (parent == null || style == LabelStyle.DECIMAL_DOTTED) {
			return label;
		}
		return parent.getPath() + label;
	}

	public int getDepth() {
		return parent == null ? 0 : parent.getDepth() + 1;
	}
}
