package org.unres.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.library.BodyResolver;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.AnnexReference;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.DocumentCitation;
import org.unres.dsl.unres.IbidCitation;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.RecordsCitation;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.TreatyCitation;

import com.google.inject.Inject;

/**
 * The tooltip of a citation: what it cites, in full words, so that a reader learns it even when
 * the cited text has no page ("Commission on Crime Prevention and Criminal Justice resolution
 * 18/3 of 24 April 2009").
 */
class CitationTitles {

	@Inject
	private CitedDocuments citedDocuments;

	@Inject
	private BodyResolver bodies;

	String titleOf(Citation citation) {
		if (citation instanceof ResolutionCitation resolution) {
			return ofResolution(resolution);
		}
		if (citation instanceof DocumentCitation) {
			return "United Nations document " + printed(citation);
		}
		if (citation instanceof TreatyCitation) {
			return "Treaty reference: " + printed(citation);
		}
		if (citation instanceof IbidCitation) {
			return "Ibid.: the source cited in the previous footnote";
		}
		if (citation instanceof RecordsCitation) {
			return "Official Records: " + printed(citation);
		}
		if (citation instanceof ParagraphReference reference) {
			return reference.getOf() == null ? "A paragraph of the present text"
					: "A paragraph of " + ofResolution(reference.getOf());
		}
		if (citation instanceof AnnexReference) {
			return "An annex to the present text";
		}
		return printed(citation);
	}

	/** "Economic and Social Council resolutions 2004/26 of 21 July 2004, 2008/23 of 24 July 2008". */
	private String ofResolution(ResolutionCitation citation) {
		List<String> entries = new ArrayList<>();
		for (CitedText entry : citation.getEntries()) {
			String number = CitedDocuments.numberText(entry);
			entries.add(entry.getDate() == null ? number : number + " of " + ProseText.textOf(entry.getDate()));
		}
		String kind = CitedDocuments.kindOf(citation) + (entries.size() > 1 ? "s" : "");
		String body = bodyTitleOf(citation);
		return (body == null ? "" : body + " ") + kind + " " + String.join(", ", entries);
	}

	private String bodyTitleOf(ResolutionCitation citation) {
		String name = citedDocuments.bodyNameOf(citation);
		if (name == null) {
			String phrase = CitedDocuments.bodyPhraseOf(citation);
			return phrase.isEmpty() ? null : phrase;
		}
		Document document = EcoreUtil2.getContainerOfType(citation, Document.class);
		String acting = document == null ? null : DocumentIdentity.actingBodyName(document);
		IEObjectDescription body = bodies.resolve(citation.eResource(), name, acting);
		String title = body == null ? null : body.getUserData(UnresResourceDescriptionStrategy.TITLE);
		return title == null ? name : title;
	}

	private static String printed(Citation citation) {
		return PrintedWords.of(NodeModelUtils.findActualNodeFor(citation));
	}
}
