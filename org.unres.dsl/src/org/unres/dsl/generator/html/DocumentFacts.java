package org.unres.dsl.generator.html;

import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.Adoption;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Date;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.SessionRef;
import org.unres.dsl.unres.SymbolDeclaration;
import org.unres.dsl.vocabulary.Ordinals;

/**
 * What a page and the index say about a document besides its text, in the words of UN
 * documents: "Draft resolution II", "Commission on Crime Prevention and Criminal Justice",
 * "Reconvened twentieth session", "Adopted at the 10th meeting, on 15 April 2011".
 */
final class DocumentFacts {

	private DocumentFacts() {
	}

	/** "Resolution", "Draft decision". */
	static String kind(Document document) {
		String kind = document.getKind() == null ? "text" : DocumentIdentity.kindOf(document);
		return document.isDraft() ? "Draft " + kind : capitalized(kind);
	}

	/** The number as written, "20/8", "II", or null. */
	static String number(Document document) {
		return document.getDesignation() == null ? null : document.getDesignation().strip();
	}

	/** "Resolution 20/8", "Draft decision". */
	static String designation(Document document) {
		String number = number(document);
		return number == null ? kind(document) : kind(document) + " " + number;
	}

	static String title(Document document) {
		return document.getTitle() == null ? "" : document.getTitle();
	}

	/** The page title: "Resolution 20/8: Budget for the biennium 2012-2013 …". */
	static String pageTitle(Document document) {
		String title = title(document);
		return title.isEmpty() ? designation(document) : designation(document) + ": " + title;
	}

	/** The title of the acting body, or its short name when the library does not know it. */
	static String actingBody(Document document) {
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		if (acting == null) {
			return null;
		}
		String title = titleOf(acting.getBody());
		return title != null ? title : DocumentIdentity.actingBodyName(document);
	}

	/** "Twentieth session", "Reconvened twentieth session"; null without a session. */
	static String session(Document document) {
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		return acting == null || acting.getSession() == null ? null : capitalized(session(acting.getSession()));
	}

	/** "Adopted at the 10th meeting, on 15 April 2011", "Adopted on 9 December 2011"; null when not adopted. */
	static String adoption(Document document) {
		Adoption adoption = metadata(document, Adoption.class);
		if (adoption == null || adoption.getDate() == null) {
			return null;
		}
		String date = date(adoption.getDate());
		return adoption.getMeeting() > 0 ? "Adopted at the " + Ordinals.numeric(adoption.getMeeting()) + " meeting, on " + date
				: "Adopted on " + date;
	}

	/** "15 April 2011", or null. */
	static String adoptionDate(Document document) {
		Adoption adoption = metadata(document, Adoption.class);
		return adoption == null || adoption.getDate() == null ? null : date(adoption.getDate());
	}

	/**
	 * "Recommended by the Commission on Crime Prevention and Criminal Justice at its twentieth
	 * session"; null for texts nobody recommends.
	 */
	static String recommendation(Document document) {
		Recommendation recommendation = DocumentIdentity.recommendationOf(document);
		if (recommendation == null) {
			return null;
		}
		String body = titleOf(recommendation.getBody());
		String text = "Recommended by " + (body == null ? "the recommending body" : "the " + body);
		return recommendation.getSession() == null ? text : text + " at its " + session(recommendation.getSession());
	}

	static String symbol(Document document) {
		SymbolDeclaration symbol = metadata(document, SymbolDeclaration.class);
		return symbol == null ? null : symbol.getSymbol();
	}

	/** The words that name the acting body at the head of the text: "The General Assembly". */
	static String formulaPhrase(Document document) {
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		Body body = acting == null ? null : acting.getBody();
		if (body == null || body.eIsProxy()) {
			return null;
		}
		return body.getFormula() != null ? body.getFormula() : "The " + body.getTitle();
	}

	private static String titleOf(Body body) {
		return body == null || body.eIsProxy() ? null : body.getTitle();
	}

	private static String session(SessionRef session) {
		return (session.isReconvened() ? "reconvened " : "") + Ordinals.of(session.getNumber()) + " session";
	}

	private static String date(Date date) {
		return date.getDay() + " " + date.getMonth() + " " + date.getYear();
	}

	private static <T extends Metadata> T metadata(Document document, Class<T> type) {
		for (Metadata metadata : document.getMetadata()) {
			if (type.isInstance(metadata)) {
				return type.cast(metadata);
			}
		}
		return null;
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
