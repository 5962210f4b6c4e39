package org.unres.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.unres.dsl.ide.navigation.TextRegions;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PhraseKind;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.vocabulary.PhraseAnalysis;
import org.unres.dsl.vocabulary.Vocabulary;

import com.google.inject.Inject;

/**
 * Which openers and verbs to propose at a place in a document: all of the vocabulary, and
 * first the repeated forms of those already used above ("Also requests" once "Requests" has
 * been used, "Recalling also" once "Recalling" has).
 */
public class PhraseProposals {

	@Inject
	private DocumentStructureProvider structures;

	@Inject
	private Vocabulary vocabulary;

	/** Whether the offset lies at or after the first operative paragraph, where no preamble continues. */
	public boolean isAfterPreamble(Document document, int offset) {
		List<StructureNode> paragraphs = structures.get(document).getMain().getAllParagraphs();
		if (paragraphs.isEmpty()) {
			return false;
		}
		ITextRegion first = TextRegions.of(paragraphs.get(0).getBlock());
		return first != null && first.getOffset() < offset;
	}

	public List<String> openersFor(Document document, int offset, List<String> openers) {
		Set<String> proposals = new LinkedHashSet<>();
		if (document != null) {
			List<String> modifiers = vocabulary.phrases(document.eResource(), PhraseKind.MODIFIER);
			for (PreambularParagraph paragraph : structures.get(document).getMain().getPreamble()) {
				if (startsBefore(paragraph, offset)) {
					PhraseAnalysis analysis = PhraseAnalysis.of(paragraph.getOpener(), openers, List.of(), modifiers);
					if (analysis.isKnown()) {
						proposals.add(analysis.core() + " also");
					}
				}
			}
		}
		proposals.addAll(alphabetical(openers));
		return new ArrayList<>(proposals);
	}

	public List<String> verbsFor(Document document, int offset, List<String> verbs) {
		Set<String> proposals = new LinkedHashSet<>();
		if (document != null) {
			List<String> adverbs = vocabulary.phrases(document.eResource(), PhraseKind.ADVERB);
			List<String> modifiers = vocabulary.phrases(document.eResource(), PhraseKind.MODIFIER);
			Set<String> used = new LinkedHashSet<>();
			Set<String> repeated = new LinkedHashSet<>();
			for (StructureNode node : structures.get(document).getMain().getAllParagraphs()) {
				Paragraph paragraph = (Paragraph) node.getBlock();
				if (paragraph.getLead() == null || !startsBefore(paragraph, offset)) {
					continue;
				}
				PhraseAnalysis analysis = PhraseAnalysis.of(paragraph.getLead(), verbs, adverbs, modifiers);
				if (!analysis.isKnown()) {
					continue;
				}
				if ("Also".equals(analysis.adverb())) {
					repeated.add(analysis.core());
				}
				used.add(analysis.core());
			}
			for (String verb : used) {
				String lower = Character.toLowerCase(verb.charAt(0)) + verb.substring(1);
				proposals.add((repeated.contains(verb) ? "Further " : "Also ") + lower);
			}
		}
		proposals.addAll(alphabetical(verbs));
		return new ArrayList<>(proposals);
	}

	private static boolean startsBefore(org.eclipse.emf.ecore.EObject element, int offset) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node != null && node.getEndOffset() <= offset;
	}

	private static List<String> alphabetical(List<String> phrases) {
		List<String> sorted = new ArrayList<>(phrases);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		return sorted;
	}
}
