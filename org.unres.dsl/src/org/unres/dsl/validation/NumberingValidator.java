package org.unres.dsl.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.LabelStyle;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;

import com.google.inject.Inject;

/**
 * Paragraphs are numbered 1, 2, 3 … and sub-paragraphs (a), (b) … and (i), (ii) … without gaps
 * or repeats, each level on its own, headings between paragraphs not restarting the count.
 * Multi-level numbers (1.1, 1.2) in annexes follow the annex's own headings and are not checked.
 */
public class NumberingValidator extends AbstractConcernValidator {

	@Inject
	private DocumentStructureProvider structures;

	@Check
	public void checkNumbering(Document document) {
		DocumentStructure structure = structures.get(document);
		checkSiblings(structure.getMain().getItems());
		for (Annex annex : document.getAnnexes()) {
			checkSiblings(structure.getAnnex(annex).getItems());
		}
	}

	private void checkSiblings(List<StructureNode> siblings) {
		Map<LabelStyle, List<StructureNode>> byStyle = new EnumMap<>(LabelStyle.class);
		for (StructureNode node : siblings) {
			if (node.isParagraph()) {
				byStyle.computeIfAbsent(node.getStyle(), s -> new ArrayList<>()).add(node);
			}
		}
		byStyle.remove(LabelStyle.DECIMAL_DOTTED);
		byStyle.forEach((style, nodes) -> {
			int expected = 1;
			for (StructureNode node : nodes) {
				int actual = LabelStyle.ordinalOf(node.getLabel(), style);
				if (actual != expected) {
					String wanted = LabelStyle.labelFor(expected, style, "");
					Paragraph paragraph = (Paragraph) node.getBlock();
					error("Expected " + describe(wanted, style) + " here, not " + describe(node.getLabel(), style)
							+ ": number paragraphs without gaps or repeats.", paragraph,
							VocabularyValidator.labelFeature(paragraph), IssueCodes.NUMBERING_SEQUENCE, wanted);
					expected = actual;
				}
				expected++;
			}
		});
		for (StructureNode node : siblings) {
			checkSiblings(node.getChildren());
		}
	}

	private static String describe(String label, LabelStyle style) {
		return style == LabelStyle.DECIMAL ? "paragraph " + label : label;
	}
}
