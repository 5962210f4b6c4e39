package org.unres.dsl.naming;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.DesignationNotPrinted;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.UnresPackage;

/**
 * The identity of a document: who acts, what kind of text it is, and its number. Adopted texts
 * are cited by body, kind and number ("CCPCJ::resolution::20/1"); drafts restart their roman
 * numbers in each report section, so their identity also names who recommends them, at which
 * session, and for which body.
 */
public class DocumentIdentity {

	public static final String RESOLUTION = "resolution";
	public static final String DECISION = "decision";

	public QualifiedName nameOf(Document document) {
		String body = actingBodyName(document);
		if (body == null || document.getKind() == null) {
			return null;
		}
		String number = numberOf(document);
		if (!document.isDraft()) {
			return number == null ? null : QualifiedName.create(body, kindOf(document), number);
		}
		List<String> segments = new ArrayList<>();
		Recommendation recommendation = recommendationOf(document);
		if (recommendation != null) {
			// Body or session are missing while the line is being typed ("@recommended-by CCPCJ").
			String recommender = referencedName(recommendation, UnresPackage.Literals.RECOMMENDATION__BODY);
			segments.add(recommender == null ? "" : recommender);
			segments.add(recommendation.getSession() == null ? "" : String.valueOf(recommendation.getSession().getNumber()));
		}
		segments.add("draft " + kindOf(document));
		segments.add(number == null ? "" : number);
		segments.add("for " + body);
		return QualifiedName.create(segments);
	}

	/** "resolution" or "decision", whatever the case of the heading. */
	public static String kindOf(Document document) {
		return document.getKind().toLowerCase();
	}

	/** The number without spaces, as citations write it: "57/270B" for "57/270 B". */
	public static String numberOf(Document document) {
		return document.getDesignation() == null ? null : normalizeNumber(document.getDesignation());
	}

	public static String normalizeNumber(String number) {
		return number.replaceAll("\\s+", "");
	}

	public static ActingBody actingBodyOf(Document document) {
		for (Metadata metadata : document.getMetadata()) {
			if (metadata instanceof ActingBody acting) {
				return acting;
			}
		}
		return null;
	}

	/** Whether the published text prints its designation ("Draft decision") above the title. */
	public static boolean designationPrinted(Document document) {
		return document.getMetadata().stream().noneMatch(DesignationNotPrinted.class::isInstance);
	}

	public static Recommendation recommendationOf(Document document) {
		for (Metadata metadata : document.getMetadata()) {
			if (metadata instanceof Recommendation recommendation) {
				return recommendation;
			}
		}
		return null;
	}

	/**
	 * The acting body's short name as written, read from the node model so that naming a
	 * document never resolves a cross-reference (naming runs while the index is built).
	 */
	public static String actingBodyName(Document document) {
		ActingBody acting = actingBodyOf(document);
		return acting == null ? null : referencedName(acting, UnresPackage.Literals.ACTING_BODY__BODY);
	}

	private static String referencedName(org.eclipse.emf.ecore.EObject owner,
			org.eclipse.emf.ecore.EReference reference) {
		var nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
