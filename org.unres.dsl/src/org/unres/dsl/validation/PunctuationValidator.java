package org.unres.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.LabelStyle;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Punctuation of the resolution's own parts (annexes follow their own layout): preambular
 * paragraphs end with a comma; operative paragraphs and sub-paragraphs with a semicolon, the
 * last of the text with a full stop; a paragraph that introduces sub-paragraphs with a colon.
 * Numbered lists inside a lettered paragraph (an agenda) keep their own punctuation.
 */
public class PunctuationValidator extends AbstractConcernValidator {

	@Inject
	private DocumentStructureProvider structures;

	@Check
	public void checkPreamble(Document document) {
		for (PreambularParagraph paragraph : structures.get(document).getMain().getPreamble()) {
			if (ProseText.lastCharacter(paragraph) != ',') {
				error("A preambular paragraph ends with a comma.", paragraph,
						UnresPackage.Literals.PREAMBULAR_PARAGRAPH__CONTENT, IssueCodes.PREAMBLE_PUNCTUATION, ",");
			}
		}
	}

	@Check
	public void checkOperativePart(Document document) {
		Part main = structures.get(document).getMain();
		List<StructureNode> operative = new ArrayList<>();
		collectOperative(main.getItems(), operative);
		for (int i = 0; i < operative.size(); i++) {
			StructureNode node = operative.get(i);
			boolean last = i == operative.size() - 1;
			String text = ProseText.punctuatedText(node.getBlock());
			Paragraph paragraph = (Paragraph) node.getBlock();
			if (!node.getChildren().isEmpty()) {
				if (!text.endsWith(":")) {
					error("Paragraph " + node.getPath() + " introduces sub-paragraphs: end its lead-in with a colon.",
							paragraph, UnresPackage.Literals.PARAGRAPH__CONTENT, IssueCodes.LEAD_IN_PUNCTUATION, ":");
				}
			} else if (last) {
				if (!text.endsWith(".")) {
					error("The last operative paragraph ends with a full stop.", paragraph, UnresPackage.Literals.PARAGRAPH__CONTENT,
							IssueCodes.LAST_PARAGRAPH_PUNCTUATION, ".");
				}
			} else if (!(text.endsWith(";") || text.endsWith("; and") || text.endsWith("; or"))) {
				error("Operative paragraph " + node.getPath()
						+ " ends with a semicolon (or '; and' before the last item of a list).", paragraph,
						UnresPackage.Literals.PARAGRAPH__CONTENT, IssueCodes.OPERATIVE_PUNCTUATION, ";");
			}
		}
	}

	/** Operative paragraphs in reading order, leaving out numbered lists under lettered ones. */
	private static void collectOperative(List<StructureNode> nodes, List<StructureNode> into) {
		for (StructureNode node : nodes) {
			if (!node.isParagraph()) {
				continue;
			}
			if (node.getParent() != null && node.getStyle() == LabelStyle.DECIMAL) {
				continue;
			}
			into.add(node);
			collectOperative(node.getChildren(), into);
		}
	}
}
