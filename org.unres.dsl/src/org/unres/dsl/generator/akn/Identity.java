package org.unres.dsl.generator.akn;

import java.time.LocalDate;

import org.unres.dsl.vocabulary.Ordinals;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.Adoption;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Recommendation;

/**
 * Who and what a document is, as its metadata says it: its Work IRI, date, number, the TLC eIds
 * of the acting body, of the author (the recommending body for a draft) and of the roles of the
 * FRBR levels. Registered before anything is written, since {@code <meta>} comes first.
 */
final class Identity {

	static final String UNRES = "unres";

	final String work;
	final WorkDate date;
	final String number;
	final String actingBody;
	final String author;
	final String authorRole;
	final String editorRole;
	final String source;
	final Adoption adoption;
	final String adoptedConcept;
	final String meeting;

	Identity(Document document, Tlc tlc) {
		work = AknIris.workIri(document);
		date = WorkDate.of(document);
		number = AknIris.numberOf(document);
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		String actingName = AknIris.actingBodyNameOf(document);
		actingBody = tlc.body(actingName, titleOf(acting.getBody(), actingName));
		Recommendation recommendation = DocumentIdentity.recommendationOf(document);
		String recommending = recommendation == null ? null : AknIris.recommendingBodyName(recommendation);
		author = document.isDraft() && recommending != null
				? tlc.body(recommending, titleOf(recommendation.getBody(), recommending))
				: actingBody;
		source = tlc.register(Tlc.ORGANIZATION, UNRES, "/akn/ontology/organization/" + UNRES,
				"UNRES, the language workbench that generated this markup");
		authorRole = tlc.role("author", "Author");
		editorRole = tlc.role("editor", "Editor");
		adoption = WorkDate.adoptionOf(document);
		if (adoption != null && date.name().equals(WorkDate.ADOPTION)) {
			adoptedConcept = tlc.concept("adopted", "Adopted");
			meeting = adoption.getMeeting() > 0 ? meeting(tlc, actingName, acting, adoption, date.date()) : null;
		} else {
			adoptedConcept = null;
			meeting = null;
		}
	}

	private static String meeting(Tlc tlc, String bodyName, ActingBody acting, Adoption adoption, LocalDate day) {
		int number = adoption.getMeeting();
		String when = acting.getSession() != null
				? "session-" + acting.getSession().getNumber() + (acting.getSession().isReconvened() ? "-reconvened" : "")
				: day.toString();
		return tlc.register(Tlc.EVENT, AknIris.slug(bodyName) + "-meeting-" + number,
				"/akn/ontology/event/" + AknIris.COUNTRY + "/" + AknIris.actor(bodyName) + "/" + when + "/meeting-" + number,
				Ordinals.numeric(number) + " meeting");
	}

	static String titleOf(Body body, String fallback) {
		return body == null || body.eIsProxy() || body.getTitle() == null ? fallback : body.getTitle();
	}
}
