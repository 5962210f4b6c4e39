package org.unres.dsl.generator.akn;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.unres.dsl.unres.AnnexReference;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.DocumentCitation;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.IbidCitation;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.RecordsCitation;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.TreatyCitation;

/**
 * "Ibid." cites what the previous footnote cites: the same document, or with new details
 * ("Ibid., vol. 2349, No. 42146") another treaty of the same Series. After a citation in the
 * same note, it goes back to that one. When the previous note cites nothing, "Ibid." refers to
 * that note itself.
 */
final class Ibid {

	private final AknContext context;

	Ibid(AknContext context) {
		this.context = context;
	}

	/** The href of an "Ibid.", or null when there is no previous footnote to go back to. */
	String hrefOf(IbidCitation ibid) {
		return hrefOf(ibid, 0);
	}

	private String hrefOf(IbidCitation ibid, int depth) {
		Citation base = depth > 50 ? null : earlierInSameNote(ibid);
		Footnote previous = null;
		if (base == null) {
			Footnote current = EcoreUtil2.getContainerOfType(ibid, Footnote.class);
			previous = current == null || depth > 50 ? null : previousOf(current);
			if (previous == null) {
				return null;
			}
			base = previous.getContent() == null ? null
					: lastCitationOf(previous.getContent().getParts(), Integer.MAX_VALUE);
		}
		if (base == null) {
			String note = context.notes.get(previous);
			return note == null ? null : "#" + note;
		}
		if (base instanceof TreatyCitation treaty) {
			return context.citations.treaty(ibid.getDetails() != null ? ibid.getDetails() : treaty.getDetails());
		}
		if (base instanceof IbidCitation earlier) {
			if (ibid.getDetails() != null && isTreaty(earlier, depth + 1)) {
				return context.citations.treaty(ibid.getDetails());
			}
			return hrefOf(earlier, depth + 1);
		}
		if (base instanceof DocumentCitation document) {
			return context.citations.document(document.getSymbol());
		}
		if (base instanceof RecordsCitation records) {
			return context.citations.records(records);
		}
		if (base instanceof ResolutionCitation resolution && !resolution.getEntries().isEmpty()) {
			return context.citations.cited(resolution, resolution.getEntries().get(0));
		}
		return null;
	}

	/** Whether an "Ibid." goes back, through other "Ibid."s, to a treaty. */
	private boolean isTreaty(IbidCitation ibid, int depth) {
		Citation base = depth > 50 ? null : earlierInSameNote(ibid);
		if (base == null) {
			Footnote current = EcoreUtil2.getContainerOfType(ibid, Footnote.class);
			Footnote previous = current == null || depth > 50 ? null : previousOf(current);
			base = previous == null || previous.getContent() == null ? null
					: lastCitationOf(previous.getContent().getParts(), Integer.MAX_VALUE);
		}
		if (base instanceof IbidCitation earlier) {
			return isTreaty(earlier, depth + 1);
		}
		return base instanceof TreatyCitation;
	}

	/** The footnote numbered just before this one. */
	private Footnote previousOf(Footnote footnote) {
		long number = numberOf(footnote);
		Footnote best = null;
		for (Footnote candidate : context.structure.getFootnotes()) {
			long n = numberOf(candidate);
			if (n < number && (best == null || n > numberOf(best))) {
				best = candidate;
			}
		}
		return best;
	}

	private static long numberOf(Footnote footnote) {
		try {
			return Long.parseLong(footnote.getName());
		} catch (NumberFormatException e) {
			return Long.MAX_VALUE;
		}
	}

	/** A citation before the "Ibid." in the same text ("[treaty]; [Ibid., vol. 2349]"). */
	private static Citation earlierInSameNote(IbidCitation ibid) {
		if (!(ibid.eContainer() instanceof Prose prose)) {
			return null;
		}
		return lastCitationOf(prose.getParts(), prose.getParts().indexOf(ibid));
	}

	/** The last citation of a document among the first {@code before} parts. */
	private static Citation lastCitationOf(List<EObject> parts, int before) {
		for (int i = Math.min(before, parts.size()) - 1; i >= 0; i--) {
			if (parts.get(i) instanceof Citation citation && !(citation instanceof ParagraphReference)
					&& !(citation instanceof AnnexReference)) {
				return citation;
			}
		}
		return null;
	}
}
