package org.unres.dsl.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.DefaultLocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.LetteredParagraph;
import org.unres.dsl.unres.NumberedParagraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.UnresPackage.Literals;

/**
 * Where an element is "named" in the text, which is where navigation lands and what an outline
 * selects: a document at its heading ("Resolution 20/1"), a paragraph at its number, a footnote
 * at its label, a preambular paragraph at its opener. Line breaks that line-led tokens carry are
 * left out.
 */
public class UnresLocationInFileProvider extends DefaultLocationInFileProvider {

	@Override
	public ITextRegion getSignificantTextRegion(EObject element) {
		ITextRegion region = significantRegion(element);
		return region != null ? region : trim(super.getSignificantTextRegion(element), element);
	}

	@Override
	public ITextRegion getFullTextRegion(EObject element) {
		return trim(super.getFullTextRegion(element), element);
	}

	private static ITextRegion significantRegion(EObject element) {
		if (element instanceof Document) {
			return TextRegions.merge(TextRegions.of(element, Literals.DOCUMENT__KIND),
					TextRegions.of(element, Literals.DOCUMENT__DESIGNATION));
		}
		if (element instanceof NumberedParagraph) {
			return TextRegions.of(element, Literals.NUMBERED_PARAGRAPH__NUMBER);
		}
		if (element instanceof LetteredParagraph) {
			return TextRegions.of(element, Literals.LETTERED_PARAGRAPH__LABEL);
		}
		if (element instanceof Footnote) {
			return TextRegions.of(element, Literals.FOOTNOTE__NAME);
		}
		if (element instanceof PreambularParagraph) {
			return TextRegions.of(element, Literals.PREAMBULAR_PARAGRAPH__OPENER);
		}
		if (element instanceof Annex annex) {
			ITextRegion whole = TextRegions.of(annex);
			ITextRegion title = TextRegions.of(annex, Literals.ANNEX__TITLE);
			return title != null ? title : whole;
		}
		return null;
	}

	private static ITextRegion trim(ITextRegion region, EObject element) {
		if (region == null || region.getLength() == 0) {
			return region;
		}
		return TextRegions.trimmed(element, region);
	}
}
