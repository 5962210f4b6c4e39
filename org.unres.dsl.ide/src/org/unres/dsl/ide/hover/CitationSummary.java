package org.unres.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.Adoption;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.AnnexReference;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Date;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.ResolutionCitation;

import com.google.inject.Inject;

/**
 * What a citation points at, in Markdown: for each cited resolution or decision its name and
 * title when it is in the workspace, or that it is an external citation; for a reference to
 * paragraphs or an annex, their text.
 */
public class CitationSummary {

	static final int EXCERPT_LENGTH = 200;

	@Inject
	private CitedDocuments citedDocuments;

	/** The summary, or null for citations with nothing to add (document symbols, treaties). */
	public String of(EObject citation) {
		if (citation instanceof ResolutionCitation resolutions) {
			return ofResolutions(resolutions);
		}
		if (citation instanceof ParagraphReference reference) {
			return ofParagraphs(reference);
		}
		if (citation instanceof AnnexReference reference && reference.getAnnex() != null
				&& !reference.getAnnex().eIsProxy()) {
			Annex annex = reference.getAnnex();
			return "**Annex" + (annex.getDesignation() == null ? "" : " " + annex.getDesignation()) + "**"
					+ (annex.getTitle() == null ? "" : ": " + annex.getTitle());
		}
		return null;
	}

	private String ofResolutions(ResolutionCitation citation) {
		String body = citedDocuments.bodyNameOf(citation);
		String kind = CitedDocuments.kindOf(citation);
		List<String> lines = new ArrayList<>();
		for (CitedText entry : citation.getEntries()) {
			String number = CitedDocuments.numberText(entry);
			Document cited = entry.getDocument();
			if (cited != null && !cited.eIsProxy()) {
				lines.add(describe(cited));
			} else {
				lines.add("**" + (body == null ? "" : body + " ") + kind + " " + number + "** — not in the workspace"
						+ " (an external citation)");
			}
		}
		if (body == null && !CitedDocuments.isImplicit(citation)) {
			lines.add("No body goes by *" + CitedDocuments.bodyPhraseOf(citation) + "*.");
		}
		return String.join("\n\n", lines);
	}

	/** "**CCPCJ resolution 20/1** of 13 April 2011 — *Title* (file.unres)". */
	static String describe(Document document) {
		String body = DocumentIdentity.actingBodyName(document);
		StringBuilder text = new StringBuilder("**");
		if (document.isDraft()) {
			text.append("Draft ");
		}
		if (body != null && !document.isDraft()) {
			text.append(body).append(' ');
		}
		text.append(DocumentIdentity.kindOf(document));
		if (document.getDesignation() != null) {
			text.append(' ').append(document.getDesignation());
		}
		if (body != null && document.isDraft()) {
			text.append(" for ").append(body);
		}
		text.append("**");
		Date adopted = adoptionDate(document);
		if (adopted != null) {
			text.append(" of ").append(adopted.getDay()).append(' ').append(adopted.getMonth()).append(' ')
					.append(adopted.getYear());
		}
		if (document.getTitle() != null) {
			text.append("\n\n*").append(document.getTitle().strip()).append('*');
		}
		if (document.eResource() != null) {
			text.append("\n\n").append(document.eResource().getURI().lastSegment());
		}
		return text.toString();
	}

	private static Date adoptionDate(Document document) {
		for (Metadata metadata : document.getMetadata()) {
			if (metadata instanceof Adoption adoption) {
				return adoption.getDate();
			}
		}
		return null;
	}

	private static String ofParagraphs(ParagraphReference reference) {
		List<String> lines = new ArrayList<>();
		for (Paragraph paragraph : reference.getTargets()) {
			if (paragraph == null || paragraph.eIsProxy()) {
				continue;
			}
			lines.add(excerpt(paragraph));
		}
		if (lines.isEmpty()) {
			return null;
		}
		Document cited = reference.getOf() == null ? null : CitedDocuments.citedDocumentOf(reference.getOf());
		if (cited != null) {
			lines.add(0, describe(cited));
		}
		return String.join("\n\n", lines);
	}

	/** A paragraph's label, verb and the start of its text. */
	static String excerpt(Paragraph paragraph) {
		String text = ProseText.textOf(paragraph).strip().replaceAll("\\s+", " ");
		if (text.length() > EXCERPT_LENGTH) {
			text = text.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
		}
		return text;
	}
}
