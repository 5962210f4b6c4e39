package org.unres.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.FootnoteReference;
import org.unres.dsl.unres.IbidCitation;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Every footnote is referenced at least once (a note may be referenced again, as note 14 of
 * draft resolution III is); numbers ascend without gaps in the order of first reference; a
 * number is defined once; "Ibid." needs a footnote before it (in the text, or, when the notes
 * continue the numbering of a report, in the text before).
 */
public class FootnoteValidator extends AbstractConcernValidator {

	@Inject
	private DocumentStructureProvider structures;

	@Check
	public void checkFootnotes(Document document) {
		List<Footnote> footnotes = structures.get(document).getFootnotes();
		Map<String, Footnote> byNumber = new HashMap<>();
		for (Footnote footnote : footnotes) {
			if (byNumber.putIfAbsent(footnote.getName(), footnote) != null) {
				error("Footnote " + footnote.getName() + " is defined twice: renumber or merge them.", footnote,
						UnresPackage.Literals.FOOTNOTE__NAME, IssueCodes.DUPLICATE_FOOTNOTE);
			}
		}
		Set<Footnote> firstReferenced = new LinkedHashSet<>();
		List<FootnoteReference> firstReferences = new ArrayList<>();
		for (FootnoteReference reference : EcoreUtil2.getAllContentsOfType(document, FootnoteReference.class)) {
			Footnote target = reference.getFootnote();
			if (target != null && !target.eIsProxy() && firstReferenced.add(target)) {
				firstReferences.add(reference);
			}
		}
		checkOrder(firstReferences);
		for (Footnote footnote : footnotes) {
			if (!firstReferenced.contains(footnote)) {
				error("Footnote " + footnote.getName() + " is never referenced: put '[^" + footnote.getName()
						+ "]' after the words it annotates, or delete it.", footnote,
						UnresPackage.Literals.FOOTNOTE__NAME, IssueCodes.UNREFERENCED_FOOTNOTE);
			}
		}
		checkIbid(footnotes);
	}

	private void checkOrder(List<FootnoteReference> firstReferences) {
		Integer previous = null;
		for (FootnoteReference reference : firstReferences) {
			int number = Integer.parseInt(reference.getFootnote().getName());
			if (previous != null && number != previous + 1) {
				error("Footnote " + number + " is referenced for the first time after footnote " + previous
						+ ": number footnotes in the order of their first reference (" + (previous + 1) + " here).",
						reference, UnresPackage.Literals.FOOTNOTE_REFERENCE__FOOTNOTE, IssueCodes.FOOTNOTE_ORDER);
			}
			previous = number;
		}
	}

	private void checkIbid(List<Footnote> footnotes) {
		int lowest = footnotes.stream().mapToInt(f -> Integer.parseInt(f.getName())).min().orElse(0);
		if (lowest > 1) {
			// the notes continue a report's numbering: "Ibid." may refer to the previous text's last note
			return;
		}
		for (Footnote footnote : footnotes) {
			if (Integer.parseInt(footnote.getName()) == lowest
					&& !EcoreUtil2.getAllContentsOfType(footnote, IbidCitation.class).isEmpty()) {
				error("'Ibid.' refers to the previous footnote, and footnote " + footnote.getName()
						+ " has none: cite the source in full.", footnote, UnresPackage.Literals.FOOTNOTE__CONTENT,
						IssueCodes.IBID_WITHOUT_PREVIOUS);
			}
		}
	}
}
