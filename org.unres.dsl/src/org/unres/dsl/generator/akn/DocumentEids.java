package org.unres.dsl.generator.akn;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Heading;

/**
 * The eIds of a document's structure, computed before anything is written so that references
 * (to a later paragraph, or into another document) find the eId its target will have:
 * <ul>
 * <li>preambular paragraphs: {@code preamble__container_3};</li>
 * <li>headings in the operative part open sections: {@code sec_2}, their paragraphs
 * {@code sec_2__para_7} (numbers run on across sections);</li>
 * <li>paragraphs {@code para_7}, {@code para_a}; sub-paragraphs as points of one list per
 * paragraph: {@code para_7__list_1__point_b__list_1__point_ii};</li>
 * <li>annexes are components {@code annex_1} (or {@code annex_II} after their designation),
 * attachments {@code att_1}; the eIds inside them start with that name, since eIds must be
 * unique in the whole document, annexes included.</li>
 * </ul>
 */
final class DocumentEids {

	private final Eids eids;
	private final Map<EObject, String> ids = new IdentityHashMap<>();
	private final Map<EObject, String> lists = new IdentityHashMap<>();

	DocumentEids(Document document, DocumentStructure structure, Eids eids) {
		this.eids = eids;
		assign(structure.getMain(), null);
		int annexes = 0;
		int attachments = 0;
		for (Annex annex : document.getAnnexes()) {
			String name = annex.isAttachment() ? "att_" + ++attachments
					: "annex_" + (annex.getDesignation() == null ? String.valueOf(++annexes)
							: Eids.numOf(annex.getDesignation()));
			if (!annex.isAttachment() && annex.getDesignation() != null) {
				annexes++;
			}
			String eId = eids.unique(name);
			ids.put(annex, eId);
			assign(structure.getAnnex(annex), eId);
		}
	}

	/** The eId of a paragraph, heading (its section), preambular paragraph or annex; null for others. */
	String of(EObject element) {
		return ids.get(element);
	}

	/** The eId of the list that holds a paragraph's sub-paragraphs. */
	String listOf(EObject paragraph) {
		return lists.get(paragraph);
	}

	/** The component name of an annex, for IRIs and references: {@code annex_1}. */
	String componentName(Annex annex) {
		return ids.get(annex);
	}

	/** The prefix of the eIds of a part's preamble: {@code preamble}, {@code annex_1__preamble}. */
	static String preamblePrefix(String partPrefix) {
		return Eids.join(partPrefix, "preamble");
	}

	private void assign(Part part, String prefix) {
		int position = 0;
		for (var preambular : part.getPreamble()) {
			ids.put(preambular, eids.numbered(preamblePrefix(prefix), "container", String.valueOf(++position)));
		}
		String sectionPrefix = prefix;
		int sections = 0;
		for (StructureNode node : part.getItems()) {
			if (node.getBlock() instanceof Heading heading) {
				sectionPrefix = eids.numbered(prefix, "sec", String.valueOf(++sections));
				ids.put(heading, sectionPrefix);
			} else if (node.isParagraph()) {
				assignParagraph(node, eids.numbered(sectionPrefix, "para", Eids.numOf(node.getLabel())));
			}
		}
	}

	private void assignParagraph(StructureNode node, String eId) {
		ids.put(node.getBlock(), eId);
		if (node.getChildren().isEmpty()) {
			return;
		}
		String list = eids.numbered(eId, "list", "1");
		lists.put(node.getBlock(), list);
		for (StructureNode child : node.getChildren()) {
			assignParagraph(child, eids.numbered(list, "point", Eids.numOf(child.getLabel())));
		}
	}
}
