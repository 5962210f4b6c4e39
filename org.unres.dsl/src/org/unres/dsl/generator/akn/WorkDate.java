package org.unres.dsl.generator.akn;

import java.time.LocalDate;

import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.Adoption;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.Session;
import org.unres.dsl.unres.SessionRef;
import org.unres.dsl.vocabulary.Dates;

/**
 * The date of a document's Work: its adoption date, or for a text not yet adopted the year of
 * the session that recommends (or adopts) it, written YYYY-01-01 as AKN4UN asks when only the
 * year is known. {@code name} is the FRBRdate's name: "adoption" or "sessionYear".
 */
record WorkDate(LocalDate date, String name) {

	static final String ADOPTION = "adoption";
	static final String SESSION_YEAR = "sessionYear";

	String iso() {
		return date.toString();
	}

	static WorkDate of(Document document) {
		Adoption adoption = adoptionOf(document);
		if (adoption != null && adoption.getDate() != null) {
			LocalDate adopted = Dates.of(adoption.getDate());
			if (adopted == null) {
				throw SourceLocation.problem(adoption.getDate(), "the adoption date is not a date of the calendar;"
						+ " write it as '9 December 2011'.");
			}
			return new WorkDate(adopted, ADOPTION);
		}
		Integer year = null;
		Recommendation recommendation = DocumentIdentity.recommendationOf(document);
		if (recommendation != null) {
			year = yearOf(recommendation.getBody(), recommendation.getSession());
		}
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		if (year == null && acting != null) {
			year = yearOf(acting.getBody(), acting.getSession());
		}
		if (year == null) {
			throw SourceLocation.problem(document, "the document has no date: add '@adopted 9 December 2011', or give"
					+ " its session ('@body CCPCJ session 20') and declare that session's year in a library"
					+ " ('session 20 in 2011').");
		}
		return new WorkDate(LocalDate.of(year, 1, 1), SESSION_YEAR);
	}

	static Adoption adoptionOf(Document document) {
		for (Metadata metadata : document.getMetadata()) {
			if (metadata instanceof Adoption adoption) {
				return adoption;
			}
		}
		return null;
	}

	/** The year a library declares for a session of a body, or null when it declares none. */
	static Integer yearOf(Body body, SessionRef session) {
		return session == null ? null : yearOf(body, session.getNumber(), session.isReconvened());
	}

	static Integer yearOf(Body body, int number, boolean reconvened) {
		if (body == null || body.eIsProxy()) {
			return null;
		}
		for (Session declared : body.getSessions()) {
			if (declared.getNumber() == number) {
				if (reconvened && declared.isReconvened()) {
					return declared.getReconvenedYear();
				}
				return declared.getYear();
			}
		}
		return null;
	}
}
