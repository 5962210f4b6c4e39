package org.unres.dsl.generator.akn;

import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.UnresPackage;

/**
 * The Akoma Ntoso IRIs of UNRES documents, in the AKN4UN form
 * {@code /akn/un/statement/deliberation/{actor}/{date}/{number}}
 * (see {@code shared/akn/akn4un-notes.md}, section 2):
 * <ul>
 * <li>actor: "un-" and the body's short name in lower case ({@code un-ga}, {@code un-ccpcj}); the
 * author of a draft is the body that recommends it;</li>
 * <li>date: the adoption date, else YYYY-01-01 of the session's year ({@link WorkDate});</li>
 * <li>number: the printed number with "/" as "-" and spaces as "_" ({@code 20-8}, {@code 57-270_B}).
 * Resolutions and decisions share the subtype "deliberation" while bodies number them in separate
 * series (the Commission has both a resolution 20/1 and a decision 20/1), so decisions carry their
 * kind ({@code decision_20-1}); drafts, numbered anew in each section of a report, carry their kind
 * and the body they are for ({@code draft_resolution_I_for_ga}); a text without a number is
 * {@code nn}, as the Akoma Ntoso naming convention has it.</li>
 * </ul>
 */
public final class AknIris {

	public static final String COUNTRY = "un";
	public static final String DOCUMENT_TYPE = "statement";
	public static final String SUBTYPE = "deliberation";
	public static final String LANGUAGE = "eng";
	public static final String FORMAT = "xml";
	/** The component name of the main text of a document. */
	public static final String MAIN = "!main";
	static final String NO_NUMBER = "nn";

	private AknIris() {
	}

	/**
	 * The FRBR Work IRI of a document: {@code /akn/un/statement/deliberation/un-ccpcj/2011-12-09/20-8}.
	 *
	 * @throws IllegalArgumentException when the document names no acting body or has no date
	 */
	public static String workIri(Document document) {
		return work(actorOf(document), WorkDate.of(document).iso(), numberOf(document));
	}

	/** {@code {work}/eng@}: the original English text. */
	public static String expressionIri(String workIri) {
		return workIri + "/" + LANGUAGE + "@";
	}

	/** {@code {work}/eng@.xml}. */
	public static String manifestationIri(String workIri) {
		return expressionIri(workIri) + "." + FORMAT;
	}

	/** {@code {iri}/!main}, {@code {iri}/!annex_1}: a component of a Work or Expression. */
	static String component(String iri, String componentName) {
		return iri + "/" + componentName;
	}

	/** A Work IRI from its parts; a null date is left out (a partial IRI for a resolver to complete). */
	static String work(String actor, String date, String number) {
		return documentIri(DOCUMENT_TYPE + "/" + SUBTYPE, actor, date, number);
	}

	/** {@code /akn/un/{typeAndSubtype}/{segments…}}, skipping absent segments. */
	static String documentIri(String typeAndSubtype, String... segments) {
		StringJoiner iri = new StringJoiner("/", "/akn/" + COUNTRY + "/" + typeAndSubtype + "/", "");
		for (String segment : segments) {
			if (segment != null && !segment.isEmpty()) {
				iri.add(segment);
			}
		}
		return iri.toString();
	}

	/** The author segment of a body's documents: {@code un-ga}. */
	static String actor(String bodyName) {
		return COUNTRY + "-" + slug(bodyName);
	}

	/** The TLC href of a body, ending in its actor as AKN4UN requires. */
	static String organizationHref(String bodyName) {
		return "/akn/ontology/organization/" + COUNTRY + "/" + actor(bodyName);
	}

	/** A printed number as an IRI segment: "20/8" is {@code 20-8}, "57/270 B" is {@code 57-270_B}. */
	static String numberSegment(String printed) {
		return iriSafe(printed.strip().replace('/', '-').replaceAll("\\s+", "_"));
	}

	/** Percent-encodes what an IRI path segment cannot hold ("#", "?", "<", "%"…). */
	static String iriSafe(String segment) {
		StringBuilder out = new StringBuilder(segment.length());
		for (char c : segment.toCharArray()) {
			if (c < 0x20 || c == 0x7F || "\"#%<>?[\\]^`{|} /".indexOf(c) >= 0) {
				for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
					out.append('%').append(String.format("%02X", b & 0xFF));
				}
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The number segment of a cited resolution or decision, by the rules of {@link AknIris}. */
	static String citedNumber(String kind, String printed) {
		String number = numberSegment(printed);
		return DocumentIdentity.DECISION.equals(kind) ? DocumentIdentity.DECISION + "_" + number : number;
	}

	static String actorOf(Document document) {
		Recommendation recommendation = DocumentIdentity.recommendationOf(document);
		if (document.isDraft() && recommendation != null) {
			String recommending = recommendingBodyName(recommendation);
			if (recommending != null) {
				return actor(recommending);
			}
		}
		return actor(actingBodyNameOf(document));
	}

	/** The acting body's short name. @throws IllegalArgumentException when there is none */
	static String actingBodyNameOf(Document document) {
		String body = DocumentIdentity.actingBodyName(document);
		if (body == null) {
			throw SourceLocation.problem(document, "the document names no acting body: add a line such as"
					+ " '@body GA session 66' under its heading.");
		}
		return body;
	}

	static String recommendingBodyName(Recommendation recommendation) {
		var nodes = NodeModelUtils.findNodesForFeature(recommendation, UnresPackage.Literals.RECOMMENDATION__BODY);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	static String numberOf(Document document) {
		String kind = DocumentIdentity.kindOf(document);
		String designation = document.getDesignation();
		if (document.isDraft()) {
			StringBuilder number = new StringBuilder("draft_").append(kind);
			if (designation != null) {
				number.append('_').append(numberSegment(designation));
			}
			return number.append("_for_").append(slug(actingBodyNameOf(document))).toString();
		}
		return designation == null ? NO_NUMBER : citedNumber(kind, designation);
	}

	/** Lower-case letters, digits and single hyphens: safe in any IRI segment or eId. */
	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "x" : slug;
	}
}
