package org.unres.dsl.generator.akn;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.library.BodyResolver;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.RecordsCitation;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.vocabulary.Dates;

import com.google.inject.Inject;

/**
 * The href of each kind of citation. A cited resolution or decision in the workspace is
 * referred to by its own Work IRI ({@link AknIris#workIri}); any other is referred to by the IRI
 * built from what the citation says: the body, the kind, the number, and the date when the
 * citation gives it. Without a date, the year is used when the number or the library tells it
 * (ECOSOC's "2010/19", the Security Council's "1373 (2001)", a session declared "in 2011"), as
 * the naming convention allows ("YYYY if the year is enough"); failing that the IRI has no date,
 * a partial IRI for a resolver to complete.
 *
 * <p>AKN4UN prescribes no IRI for other UN documents, treaties or Official Records (see the notes,
 * section 5); UNRES uses the document classes it names: a document by its symbol
 * ({@code /akn/un/doc/E-CN.15-2011-15}), a treaty by its Treaty Series registration number
 * ({@code /akn/un/act/treaty/unts_39574}), Official Records by their symbol when given, else by
 * body, year and supplement ({@code /akn/un/doc/officialRecords/un-ecosoc/2011/supplement_10}).
 */
class CitationIris {

	private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d{2})/");
	private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(((?:19|20)\\d{2})\\)$");
	private static final Pattern SESSION_FIRST = Pattern.compile("^(\\d{1,3})/");
	private static final Pattern ANNEX_SUFFIX = Pattern.compile("(?i)^annex(?:\\s+(\\S+))?$");
	private static final Pattern TREATY_NUMBER = Pattern.compile("\\bNos?\\.\\s*(\\d+)");
	private static final Pattern TREATY_VOLUME = Pattern.compile("\\bvols?\\.\\s*(\\d+)");
	private static final Pattern SYMBOL_IN_BRACKETS = Pattern.compile("\\(([A-Z][A-Z0-9.]*/[^()\\s]+)\\)");
	private static final Pattern RECORDS_BODY = Pattern.compile("^of the (.+?),");
	private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
	private static final Pattern SUPPLEMENT = Pattern.compile("Supplement No\\.\\s*([A-Za-z0-9]+)");
	private static final Pattern PATH_LABEL = Pattern.compile("\\d+(?:\\.\\d+)*|\\([a-z]+\\)|[a-z]\\.");

	@Inject
	private CitedDocuments citedDocuments;

	@Inject
	private BodyResolver bodies;

	@Inject
	private DocumentStructureProvider structures;

	/** A cited resolution or decision. */
	String cited(ResolutionCitation citation, CitedText entry) {
		Document document = entry.getDocument();
		String iri = null;
		if (document != null && !document.eIsProxy()) {
			iri = workIriOrNull(document);
		}
		return iri != null ? iri : built(citation, entry);
	}

	/** A citation of one text with an annex suffix ("resolution 46/152, annex") refers to that annex. */
	String withSuffix(ResolutionCitation citation, String iri) {
		Matcher annex = citation.getSuffix() == null ? null : ANNEX_SUFFIX.matcher(citation.getSuffix().strip());
		if (annex == null || !annex.matches()) {
			return iri;
		}
		Document cited = CitedDocuments.citedDocumentOf(citation);
		String component = null;
		if (cited != null) {
			for (Annex candidate : cited.getAnnexes()) {
				boolean fits = annex.group(1) == null ? !candidate.isAttachment()
						: annex.group(1).equalsIgnoreCase(candidate.getDesignation());
				if (fits) {
					component = eidsOf(cited).componentName(candidate);
					break;
				}
			}
		}
		if (component == null) {
			component = "annex_" + (annex.group(1) == null ? "1" : Eids.numOf(annex.group(1)));
		}
		return AknIris.component(iri, "!" + component);
	}

	/** A paragraph of another resolution: {@code {work}/!main#para_12}. */
	String paragraphOf(ResolutionCitation citation, Paragraph target, String path) {
		Document cited = CitedDocuments.citedDocumentOf(citation);
		String work = citation.getEntries().isEmpty() ? null : cited(citation, citation.getEntries().get(0));
		if (work == null) {
			return null;
		}
		String eId = null;
		if (cited != null && target != null && !target.eIsProxy()) {
			eId = eidsOf(cited).of(target);
		}
		return AknIris.component(work, AknIris.MAIN) + "#" + (eId != null ? eId : pathEid(path));
	}

	/** A UN document by its symbol. */
	String document(String symbol) {
		return AknIris.documentIri("doc", AknIris.numberSegment(symbol));
	}

	/** A treaty by its registration number in the United Nations Treaty Series. */
	String treaty(String details) {
		String text = details == null ? "" : details;
		Matcher number = TREATY_NUMBER.matcher(text);
		if (number.find()) {
			return AknIris.documentIri("act/treaty", "unts_" + number.group(1));
		}
		Matcher volume = TREATY_VOLUME.matcher(text);
		return AknIris.documentIri("act/treaty", volume.find() ? "unts_vol_" + volume.group(1) : "unts");
	}

	/** Official Records: by the symbol in brackets, else by body, year and supplement. */
	String records(RecordsCitation citation) {
		String details = citation.getDetails() == null ? "" : citation.getDetails();
		Matcher symbol = SYMBOL_IN_BRACKETS.matcher(details);
		if (symbol.find()) {
			return document(symbol.group(1));
		}
		String actor = null;
		Matcher body = RECORDS_BODY.matcher(details);
		if (body.find()) {
			IEObjectDescription found = bodies.resolve(citation.eResource(), body.group(1), null);
			actor = AknIris.actor(found == null ? body.group(1) : found.getName().toString());
		}
		Matcher year = YEAR.matcher(details);
		Matcher supplement = SUPPLEMENT.matcher(details);
		return AknIris.documentIri("doc/officialRecords", actor, year.find() ? year.group(1) : null,
				supplement.find() ? "supplement_" + supplement.group(1) : AknIris.NO_NUMBER);
	}

	/** The eId a paragraph path such as "12(b)(ii)" has under the AKN4UN scheme. */
	static String pathEid(String path) {
		Matcher label = PATH_LABEL.matcher(path == null ? "" : path.replaceAll("\\s+", ""));
		StringBuilder eId = new StringBuilder();
		while (label.find()) {
			eId.append(eId.length() == 0 ? "para_" : "__list_1__point_").append(Eids.numOf(label.group()));
		}
		return eId.length() == 0 ? "para_" + Eids.numOf(path == null ? "" : path) : eId.toString();
	}

	DocumentEids eidsOf(Document document) {
		return new DocumentEids(document, structures.get(document), new Eids());
	}

	private static String workIriOrNull(Document document) {
		try {
			return AknIris.workIri(document);
		} catch (IllegalArgumentException e) {
			// the cited text cannot be named (no date): refer to it as the citation describes it
			return null;
		}
	}

	private String built(ResolutionCitation citation, CitedText entry) {
		String body = citedDocuments.bodyNameOf(citation);
		if (body == null) {
			String phrase = CitedDocuments.bodyPhraseOf(citation);
			body = phrase.isEmpty() ? null : phrase;
		}
		String number = CitedDocuments.numberText(entry);
		String date = null;
		if (entry.getDate() != null) {
			LocalDate cited = Dates.of(entry.getDate());
			date = cited == null ? null : cited.toString();
		}
		if (date == null) {
			date = yearOf(citation, body, number);
		}
		return AknIris.work(body == null ? null : AknIris.actor(body), date,
				AknIris.citedNumber(CitedDocuments.kindOf(citation), number));
	}

	private String yearOf(EObject context, String bodyName, String number) {
		Matcher first = YEAR_FIRST.matcher(number);
		if (first.find()) {
			return first.group(1);
		}
		Matcher bracketed = YEAR_IN_BRACKETS.matcher(number.strip());
		if (bracketed.find()) {
			return bracketed.group(1);
		}
		Matcher session = SESSION_FIRST.matcher(number);
		if (bodyName == null || !session.find()) {
			return null;
		}
		IEObjectDescription description = bodies.resolve(context.eResource(), bodyName, bodyName);
		if (description == null) {
			return null;
		}
		EObject body = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
		if (!(body instanceof Body declared) || body.eIsProxy()) {
			return null;
		}
		Integer year = WorkDate.yearOf(declared, Integer.parseInt(session.group(1)), false);
		return year == null ? null : year.toString();
	}
}
