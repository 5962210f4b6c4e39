package org.unres.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.structure.LabelStyle;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.BulletItem;
import org.unres.dsl.unres.Heading;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.Table;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Prints the body of a document or annex: the preamble, each paragraph opening with its italic
 * opener, then the paragraphs as a tree, each with its hanging label and italic verb, its
 * sub-paragraphs indented under it, and the tables and lists that follow it. Reporting requests
 * are data for tools and are not printed, as in the official texts.
 */
class PartRenderer {

	@Inject
	private ProseRenderer prose;

	@Inject
	private TableRenderer tables;

	/**
	 * @param headingElement the element of the part's headings: "h2" in the text, "h3" in an
	 *        annex, whose own title is an h2, so that heading levels are never skipped
	 */
	void write(Part part, String headingElement, PageContext page, HtmlWriter out) {
		if (!part.getPreamble().isEmpty()) {
			out.newline().start("div", "class", "preamble");
			for (PreambularParagraph paragraph : part.getPreamble()) {
				out.newline().start("p", "class", "preambular");
				out.element("i", paragraph.getOpener(), "class", "opener");
				writeAfterLead(paragraph.getContent(), paragraph, UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER, page, out);
				out.end("p");
			}
			out.newline().end("div");
		}
		if (!part.getItems().isEmpty()) {
			out.newline().start("div", "class", "operative");
			writeNodes(part.getItems(), headingElement, page, out);
			out.newline().end("div");
		}
	}

	private void writeNodes(List<StructureNode> nodes, String headingElement, PageContext page, HtmlWriter out) {
		List<Block> loose = new ArrayList<>();
		for (StructureNode node : nodes) {
			if (!node.isParagraph() && !(node.getBlock() instanceof Heading)) {
				// Tables and list items between a heading and the next paragraph: one list, not one per item.
				loose.add(node.getBlock());
				continue;
			}
			writeAttachments(loose, page, out);
			loose.clear();
			if (node.getBlock() instanceof Heading heading) {
				out.newline().element(headingElement, heading.getText(), "class", "heading");
			} else {
				writeParagraph(node, headingElement, page, out);
			}
		}
		writeAttachments(loose, page, out);
	}

	private void writeParagraph(StructureNode node, String headingElement, PageContext page, HtmlWriter out) {
		Paragraph paragraph = (Paragraph) node.getBlock();
		out.newline().start("div", "class", "paragraph level-" + Math.min(node.getDepth(), 3), "id",
				page.anchors().idOf(paragraph));
		out.start("p");
		// The space keeps label and text apart for readers that ignore style; where the label hangs, it vanishes.
		out.element("span", printedLabel(node), "class", "label").text(" ");
		if (paragraph.getLead() != null) {
			out.element("i", paragraph.getLead(), "class", "verb");
			writeAfterLead(paragraph.getContent(), paragraph, UnresPackage.Literals.PARAGRAPH__LEAD, page, out);
		} else {
			prose.write(paragraph.getContent(), page, out);
		}
		out.end("p");
		writeAttachments(node.getAttachments(), page, out);
		writeNodes(node.getChildren(), headingElement, page, out);
		out.end("div");
	}

	/** "1." and "1.1." as numbered, "(a)", "(i)", "a." as lettered. */
	private static String printedLabel(StructureNode node) {
		boolean decimal = node.getStyle() == LabelStyle.DECIMAL || node.getStyle() == LabelStyle.DECIMAL_DOTTED;
		return decimal ? node.getLabel() + "." : node.getLabel();
	}

	/** The prose after an italic lead, with the space the source has between them ("*Recalling also*, …" has none). */
	private void writeAfterLead(Prose content, Block block, EStructuralFeature leadFeature,
			PageContext page, HtmlWriter out) {
		List<INode> leadNodes = NodeModelUtils.findNodesForFeature(block, leadFeature);
		INode contentNode = content == null ? null : NodeModelUtils.findActualNodeFor(content);
		if (contentNode != null && contentNode.getLength() > 0
				&& (leadNodes.isEmpty() || ProseRenderer.spaceBetween(leadNodes.get(0), contentNode))) {
			out.text(" ");
		}
		prose.write(content, page, out);
	}

	/** Tables and lists that follow a paragraph; consecutive list items form one list. */
	private void writeAttachments(List<Block> blocks, PageContext page, HtmlWriter out) {
		boolean inList = false;
		for (Block block : blocks) {
			if (inList && !(block instanceof BulletItem)) {
				out.end("ul");
				inList = false;
			}
			if (block instanceof BulletItem item) {
				if (!inList) {
					out.newline().start("ul", "class", "items");
					inList = true;
				}
				out.newline().start("li");
				prose.write(item.getContent(), page, out);
				out.end("li");
			} else if (block instanceof Table table) {
				out.newline();
				tables.write(table, out);
			}
		}
		if (inList) {
			out.end("ul");
		}
	}
}
