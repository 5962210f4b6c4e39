package org.unres.dsl.validation;

import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.Check;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.library.BodyResolver;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.unres.Adoption;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Date;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.DocumentCitation;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.TreatyCitation;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.vocabulary.Dates;

import com.google.inject.Inject;

/**
 * Citations are well formed: a cited body exists, numbers follow the body's pattern, dates are
 * real and not after adoption, document symbols follow the UN symbol grammar. A cited text that
 * is not in the workspace is kept as an external citation and noted, not rejected.
 */
public class CitationValidator extends AbstractConcernValidator {

	/** Series/body/session/number with optional parts: E/CN.15/2011/9, A/65/6/Rev.1, joint with "-". */
	private static final Pattern SYMBOL = Pattern.compile(
			"[A-Z]+(/[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*)+(-[A-Z]+(/[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*)+)*");
	private static final Pattern TREATY_DETAILS = Pattern.compile("vols?\\. [0-9, and]+(, (No|Nos)\\. .+)?");

	@Inject
	private BodyResolver bodies;

	@Inject
	private CitedDocuments citedDocuments;

	@Check
	public void checkCitedBody(ResolutionCitation citation) {
		String phrase = CitedDocuments.bodyPhraseOf(citation);
		if (!phrase.isEmpty() && !phrase.equalsIgnoreCase("its") && citedDocuments.bodyNameOf(citation) == null) {
			warning("No body goes by '" + phrase + "': write its title as the library has it (such as 'General Assembly')"
					+ " or declare it in a library.", citation, UnresPackage.Literals.RESOLUTION_CITATION__BODY_WORDS,
					IssueCodes.UNKNOWN_CITED_BODY);
		}
	}

	@Check
	public void checkCitedText(CitedText cited) {
		ResolutionCitation citation = EcoreUtil2.getContainerOfType(cited, ResolutionCitation.class);
		String number = CitedDocuments.numberText(cited);
		String body = citedDocuments.bodyNameOf(citation);
		if (!CitedDocuments.isImplicit(citation)) {
			checkNumberPattern(cited, number, body);
		}
		Document citing = EcoreUtil2.getContainerOfType(cited, Document.class);
		if (cited.getDocument() == null || cited.getDocument().eIsProxy()) {
			info("External citation: " + (body == null ? "" : body + " ") + CitedDocuments.kindOf(citation) + " "
					+ number + " is not in the workspace.", cited, UnresPackage.Literals.CITED_TEXT__DOCUMENT,
					IssueCodes.EXTERNAL_CITATION);
		} else if (cited.getDocument() == citing) {
			error("A text does not cite itself by number: write 'the present " + DocumentIdentity.kindOf(citing)
					+ "' instead.", cited, UnresPackage.Literals.CITED_TEXT__DOCUMENT, IssueCodes.SELF_CITATION);
		}
	}

	private void checkNumberPattern(CitedText cited, String number, String body) {
		if (body == null) {
			return;
		}
		IEObjectDescription description = bodies.resolve(cited.eResource(), body, body);
		String numbering = description == null ? null
				: description.getUserData(UnresResourceDescriptionStrategy.NUMBERING);
		if (numbering == null) {
			return;
		}
		try {
			if (!number.matches(numbering)) {
				warning("'" + number + "' is not numbered as texts of " + body + " are (" + numbering
						+ "): check the number and the body.", cited, UnresPackage.Literals.CITED_TEXT__DOCUMENT,
						IssueCodes.MALFORMED_NUMBER);
			}
		} catch (PatternSyntaxException e) {
			// a broken pattern is reported on the library itself
		}
	}

	@Check
	public void checkDate(Date date) {
		LocalDate value = Dates.of(date);
		if (value == null) {
			error("'" + date.getDay() + " " + date.getMonth() + " " + date.getYear()
					+ "' is not a date: write day, month in English and year, as in '22 December 2006'.", date, null,
					IssueCodes.INVALID_DATE);
			return;
		}
		if (date.eContainer() instanceof Adoption) {
			return;
		}
		LocalDate adopted = adoptionDate(EcoreUtil2.getContainerOfType(date, Document.class));
		if (adopted != null && value.isAfter(adopted)) {
			error("A text adopted on " + adopted + " cannot cite one of " + value + ": check the date.", date, null,
					IssueCodes.DATE_AFTER_ADOPTION);
		}
	}

	@Check
	public void checkSymbol(DocumentCitation citation) {
		if (!SYMBOL.matcher(citation.getSymbol()).matches()) {
			error("'" + citation.getSymbol() + "' is not a UN document symbol such as 'E/CN.15/2011/22' or"
					+ " 'A/66/6/Rev.1'.", citation, UnresPackage.Literals.DOCUMENT_CITATION__SYMBOL,
					IssueCodes.MALFORMED_SYMBOL);
		}
	}

	@Check
	public void checkTreaty(TreatyCitation citation) {
		if (citation.getDetails() == null || !TREATY_DETAILS.matcher(citation.getDetails()).matches()) {
			warning("Cite the Treaty Series by volume and number, as in 'United Nations, Treaty Series, vol. 2225,"
					+ " No. 39574'.", citation, UnresPackage.Literals.TREATY_CITATION__DETAILS,
					IssueCodes.MALFORMED_TREATY_CITATION);
		}
	}

	static LocalDate adoptionDate(Document document) {
		if (document == null) {
			return null;
		}
		for (Metadata metadata : document.getMetadata()) {
			if (metadata instanceof Adoption adoption && adoption.getDate() != null) {
				return Dates.of(adoption.getDate());
			}
		}
		return null;
	}

}
