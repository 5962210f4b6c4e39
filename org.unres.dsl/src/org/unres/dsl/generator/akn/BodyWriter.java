package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.List;

import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.BulletItem;
import org.unres.dsl.unres.Heading;
import org.unres.dsl.unres.NumberedParagraph;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.Table;
import org.unres.dsl.unres.UnresPackage;

/**
 * The preamble and operative part of a document or annex. The enacting formula and one
 * {@code <container>} per preambular paragraph (named after its opener, AKN4UN's GA pattern) make
 * the preamble. Each operative paragraph is a {@code <paragraph>} with its printed {@code <num>};
 * its sub-paragraphs are the {@code <point>}s of a {@code <list>} whose {@code <intro>} holds the
 * lead-in. Headings between paragraphs open {@code <section>}s. Tables and unlabelled list items
 * stay with the paragraph they follow.
 */
final class BodyWriter {

	private final AknContext context;
	private final XmlOut out;
	private final InlineWriter inline;
	private final TableWriter tables;

	BodyWriter(AknContext context, InlineWriter inline) {
		this.context = context;
		this.out = context.out;
		this.inline = inline;
		this.tables = new TableWriter(context);
	}

	/** The preamble; {@code formula} may be null (annexes have none). */
	void preamble(Part part, String prefix, Prose formula, List<Highlight> formulaHighlights) {
		boolean hasFormula = formula != null && !formula.getParts().isEmpty();
		if (!hasFormula && part.getPreamble().isEmpty()) {
			return;
		}
		out.block("preamble");
		if (hasFormula) {
			String eId = context.eids.single(DocumentEids.preamblePrefix(prefix), "formula");
			out.block("formula").attr("name", "enactingFormula").attr("eId", eId).mixed("p");
			inline.prose(formula, eId, formulaHighlights);
			out.end().end();
		}
		for (PreambularParagraph paragraph : part.getPreamble()) {
			container(paragraph);
		}
		out.end();
	}

	private void container(PreambularParagraph paragraph) {
		String eId = context.ids.of(paragraph);
		out.block("container").attr("name", nameOf(paragraph.getOpener())).attr("eId", eId).mixed("p");
		if (paragraph.getOpener() != null) {
			out.inline("i").text(paragraph.getOpener()).end();
			if (SourceText.spaceAfterFeature(paragraph, UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER,
					paragraph.getContent())) {
				out.text(" ");
			}
		}
		inline.prose(paragraph.getContent(), eId, List.of());
		out.end().end();
	}

	/**
	 * The operative part. A text without paragraphs (a one-sentence decision: "The Economic and
	 * Social Council takes note of …") is operative as a whole: {@code operativeFormula} is then
	 * written as its single unnumbered paragraph, as AKN4UN asks.
	 */
	void mainBody(Part part, String prefix, Prose operativeFormula, List<Highlight> formulaHighlights) {
		out.block("mainBody");
		if (operativeFormula != null) {
			String eId = context.eids.numbered(prefix, "para", "1");
			out.block("paragraph").attr("eId", eId).block("content").mixed("p");
			inline.prose(operativeFormula, eId, formulaHighlights);
			out.end().end().end();
		}
		String section = null;
		List<Block> loose = new ArrayList<>();
		for (StructureNode node : part.getItems()) {
			if (!node.isParagraph() && !(node.getBlock() instanceof Heading)) {
				loose.add(node.getBlock());
				continue;
			}
			looseBlocks(loose, section, prefix);
			if (node.getBlock() instanceof Heading heading) {
				if (section != null) {
					out.end();
				}
				section = context.ids.of(heading);
				out.block("section").attr("eId", section).textElement("heading", heading.getText());
			} else {
				paragraph(node, "paragraph");
			}
		}
		looseBlocks(loose, section, prefix);
		if (section != null) {
			out.end();
		}
		if (operativeFormula == null && part.getItems().stream().noneMatch(BodyWriter::isPrinted)) {
			// the schema wants content in a main body; an annex with a title only has none
			out.empty("p").end();
		}
		out.end();
	}

	/**
	 * Tables and list items before the first paragraph: straight in the main body, or in the
	 * intro of the section they open (a section holds only hierarchy after its intro).
	 */
	private void looseBlocks(List<Block> loose, String section, String prefix) {
		if (loose.stream().noneMatch(BodyWriter::isPrinted)) {
			loose.clear();
			return;
		}
		if (section != null) {
			String intro = context.eids.single(section, "intro");
			out.block("intro").attr("eId", intro);
			blocks(loose, intro);
			out.end();
		} else {
			blocks(loose, prefix);
		}
		loose.clear();
	}

	private void paragraph(StructureNode node, String element) {
		Block block = node.getBlock();
		String eId = context.ids.of(block);
		String concept = context.requests.conceptOf(block);
		out.block(element).attr("eId", eId).attr("refersTo", concept == null ? null : "#" + concept);
		out.textElement("num", printedLabel(block, node.getLabel()));
		if (node.getChildren().isEmpty()) {
			out.block("content");
			lead((Paragraph) block, eId);
			blocks(node.getAttachments(), eId);
			out.end();
		} else {
			String list = context.ids.listOf(block);
			String intro = context.eids.single(list, "intro");
			out.block("list").attr("eId", list).block("intro").attr("eId", intro);
			lead((Paragraph) block, eId);
			blocks(node.getAttachments(), eId);
			out.end();
			for (StructureNode child : node.getChildren()) {
				paragraph(child, "point");
			}
			out.end();
		}
		out.end();
	}

	/** The paragraph's own words: its italic verb, then its prose. */
	private void lead(Paragraph paragraph, String eId) {
		out.mixed("p");
		if (paragraph.getLead() != null) {
			out.inline("i").text(paragraph.getLead()).end();
			if (SourceText.spaceAfterFeature(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD, paragraph.getContent())) {
				out.text(" ");
			}
		}
		inline.prose(paragraph.getContent(), eId, context.requests.highlightsOf(paragraph));
		out.end();
	}

	/** Tables and runs of list items; reporting requests are metadata and print nothing here. */
	private void blocks(List<Block> blocks, String owner) {
		List<BulletItem> items = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof BulletItem item) {
				items.add(item);
				continue;
			}
			bullets(items, owner);
			if (block instanceof Table table) {
				tables.write(table, owner);
			}
		}
		bullets(items, owner);
	}

	private void bullets(List<BulletItem> items, String owner) {
		if (items.isEmpty()) {
			return;
		}
		String list = context.eids.next(owner, "blockList");
		out.block("blockList").attr("eId", list);
		for (BulletItem item : items) {
			String eId = context.eids.next(list, "item");
			out.block("item").attr("eId", eId).mixed("p");
			inline.prose(item.getContent(), eId, List.of());
			out.end().end();
		}
		out.end();
		items.clear();
	}

	private static boolean isPrinted(Block block) {
		return block instanceof Table || block instanceof BulletItem;
	}

	/** Whether an item of the operative part prints anything (a stray reporting request does not). */
	private static boolean isPrinted(StructureNode node) {
		return node.isParagraph() || node.getBlock() instanceof Heading || isPrinted(node.getBlock());
	}

	/** The number as printed: "7.", "1.1.", "(a)", "a.". */
	static String printedLabel(Block block, String label) {
		return block instanceof NumberedParagraph ? label + "." : label;
	}

	/** The camel-cased opener, as AKN4UN names preambular containers: "Recalling also" is "recallingAlso". */
	static String nameOf(String opener) {
		StringBuilder name = new StringBuilder();
		for (String word : (opener == null ? "" : opener).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			name.append(name.length() == 0 ? word.toLowerCase(java.util.Locale.ROOT)
					: Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return name.length() == 0 ? "preambularParagraph" : name.toString();
	}
}
