package org.unres.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.NumberedParagraph;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PhraseKind;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.vocabulary.PhraseAnalysis;
import org.unres.dsl.vocabulary.Suggestions;
import org.unres.dsl.vocabulary.Vocabulary;

import com.google.inject.Inject;

/**
 * Openers and verbs come from the vocabulary of the libraries. A near miss gets a suggestion
 * (carried as issue data for the quick fix), and "Also requests" needs a "Requests" before it.
 */
public class VocabularyValidator extends AbstractConcernValidator {

	private static final Set<String> REPEATING_ADVERBS = Set.of("Also", "Further");
	private static final Set<String> REPEATING_MODIFIERS = Set.of("also", "further");

	@Inject
	private Vocabulary vocabulary;

	@Inject
	private DocumentStructureProvider structures;

	@Check
	public void checkPreamble(Document document) {
		Part main = structures.get(document).getMain();
		List<String> openers = vocabulary.phrases(document.eResource(), PhraseKind.OPENER);
		List<String> modifiers = vocabulary.phrases(document.eResource(), PhraseKind.MODIFIER);
		Set<String> usedPlain = new HashSet<>();
		for (PreambularParagraph paragraph : main.getPreamble()) {
			String opener = paragraph.getOpener();
			PhraseAnalysis analysis = PhraseAnalysis.of(opener, openers, List.of(), modifiers);
			if (analysis.isKnown()) {
				if (analysis.modifier() != null && REPEATING_MODIFIERS.contains(analysis.modifier())
						&& !usedPlain.contains(analysis.core())) {
					warning("'" + opener + "' repeats an opener that no earlier paragraph uses: begin with '"
							+ analysis.core() + "' first, or drop '" + analysis.modifier() + "'.", paragraph,
							UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER, IssueCodes.ADVERB_BEFORE_PLAIN_USE);
				}
				usedPlain.add(analysis.core());
				continue;
			}
			reportUnknownOpener(document, paragraph, opener, openers);
		}
	}

	private void reportUnknownOpener(Document document, PreambularParagraph paragraph, String opener,
			List<String> openers) {
		List<String> verbs = vocabulary.phrases(document.eResource(), PhraseKind.VERB);
		List<String> adverbs = vocabulary.phrases(document.eResource(), PhraseKind.ADVERB);
		String firstWord = opener.split("\\s+")[0];
		String suggestion = Suggestions.closest(firstWord, openers);
		PhraseAnalysis asVerb = PhraseAnalysis.of(opener, verbs, adverbs,
				vocabulary.phrases(document.eResource(), PhraseKind.MODIFIER));
		String fix = suggestion == null ? null : suggestion + opener.substring(firstWord.length());
		if (asVerb.isKnown()) {
			warning("'" + opener + "' is an operative verb; a preambular paragraph opens with a participle"
					+ (fix == null ? "" : " such as '" + fix + "'") + ".", paragraph,
					UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER, IssueCodes.VERB_IN_PREAMBLE, data(fix));
		} else {
			warning("'" + opener + "' is not a known preambular opener"
					+ (fix == null ? "; add it to a library with 'opener \"" + opener + "\"' if it is right."
							: ": did you mean '" + fix + "'?"),
					paragraph, UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER, IssueCodes.UNKNOWN_OPENER, data(fix));
		}
	}

	@Check
	public void checkOperativeVerbs(Document document) {
		Part main = structures.get(document).getMain();
		List<String> verbs = vocabulary.phrases(document.eResource(), PhraseKind.VERB);
		List<String> adverbs = vocabulary.phrases(document.eResource(), PhraseKind.ADVERB);
		List<String> modifiers = vocabulary.phrases(document.eResource(), PhraseKind.MODIFIER);
		List<String> openers = vocabulary.phrases(document.eResource(), PhraseKind.OPENER);
		boolean decision = DocumentIdentity.DECISION.equals(DocumentIdentity.kindOf(document));
		Set<String> usedPlain = new HashSet<>();
		StringBuilder earlierText = new StringBuilder(ProseText.textOf(document.getFormula()).toLowerCase(Locale.ROOT));
		for (StructureNode node : main.getAllParagraphs()) {
			Paragraph paragraph = (Paragraph) node.getBlock();
			String lead = paragraph.getLead();
			// The text so far is searched in place: copying it for every paragraph took time in the square of the length.
			int textBefore = earlierText.length();
			earlierText.append(' ').append(ProseText.textOf(paragraph.getContent()).toLowerCase(Locale.ROOT));
			if (lead == null) {
				if (node.getParent() == null) {
					warning("Operative paragraph " + node.getLabel()
							+ " has no marked verb: put its opening verb in italics, as in '*Requests*'.", paragraph,
							labelFeature(paragraph), IssueCodes.MISSING_VERB);
				}
				continue;
			}
			PhraseAnalysis analysis = PhraseAnalysis.of(lead, verbs, adverbs, modifiers);
			if (!analysis.isKnown() && decision && PhraseAnalysis.of(lead, openers, List.of(), modifiers).isKnown()) {
				// a decision's paragraph may open like a preamble: "(b) *Recalling* …, decides that …;"
				continue;
			}
			if (!analysis.isKnown()) {
				String firstWord = lead.split("\\s+")[0];
				String suggestion = Suggestions.closest(firstWord, verbs);
				String fix = suggestion == null ? null : suggestion + lead.substring(firstWord.length());
				warning("'" + lead + "' is not a known operative verb"
						+ (fix == null ? "; add it to a library with 'verb \"" + lead + "\"' if it is right."
								: ": did you mean '" + fix + "'?"),
						paragraph, UnresPackage.Literals.PARAGRAPH__LEAD, IssueCodes.UNKNOWN_VERB, data(fix));
				continue;
			}
			if (analysis.adverb() != null && REPEATING_ADVERBS.contains(analysis.adverb())
					&& !usedPlain.contains(analysis.core()) && !mentions(earlierText, textBefore, analysis.core())) {
				warning("'" + lead + "' follows no earlier '" + analysis.core() + "': use '" + analysis.core()
						+ "' for its first use.", paragraph, UnresPackage.Literals.PARAGRAPH__LEAD, IssueCodes.ADVERB_BEFORE_PLAIN_USE);
			}
			usedPlain.add(analysis.core());
		}
	}

	/** Whether earlier text uses the verb without italics ("… and decides to renew …"). */
	private static boolean mentions(CharSequence text, int end, String verb) {
		return Pattern.compile("\\b" + Pattern.quote(verb.toLowerCase(Locale.ROOT)) + "\\b").matcher(text).region(0, end)
				.useTransparentBounds(true).find();
	}

	private static String[] data(String fix) {
		return fix == null ? new String[0] : new String[] { fix };
	}


	static EAttribute labelFeature(Paragraph paragraph) {
		return paragraph instanceof NumberedParagraph ? UnresPackage.Literals.NUMBERED_PARAGRAPH__NUMBER
				: UnresPackage.Literals.LETTERED_PARAGRAPH__LABEL;
	}
}
