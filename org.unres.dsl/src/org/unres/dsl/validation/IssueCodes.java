package org.unres.dsl.validation;

/** The codes of every diagnostic UNRES reports; quick fixes and tests refer to them. */
public final class IssueCodes {

	private IssueCodes() {
	}

	private static final String PREFIX = "org.unres.dsl.";

	// Vocabulary
	public static final String UNKNOWN_OPENER = PREFIX + "unknownOpener";
	public static final String UNKNOWN_VERB = PREFIX + "unknownVerb";
	public static final String VERB_IN_PREAMBLE = PREFIX + "verbInPreamble";
	public static final String MISSING_VERB = PREFIX + "missingVerb";
	public static final String ADVERB_BEFORE_PLAIN_USE = PREFIX + "adverbBeforePlainUse";

	// Punctuation
	public static final String PREAMBLE_PUNCTUATION = PREFIX + "preamblePunctuation";
	public static final String OPERATIVE_PUNCTUATION = PREFIX + "operativePunctuation";
	public static final String LAST_PARAGRAPH_PUNCTUATION = PREFIX + "lastParagraphPunctuation";
	public static final String LEAD_IN_PUNCTUATION = PREFIX + "leadInPunctuation";

	// Numbering
	public static final String NUMBERING_SEQUENCE = PREFIX + "numberingSequence";

	// Footnotes
	public static final String UNDEFINED_FOOTNOTE = PREFIX + "undefinedFootnote";
	public static final String UNREFERENCED_FOOTNOTE = PREFIX + "unreferencedFootnote";
	public static final String FOOTNOTE_ORDER = PREFIX + "footnoteOrder";
	public static final String DUPLICATE_FOOTNOTE = PREFIX + "duplicateFootnote";
	public static final String IBID_WITHOUT_PREVIOUS = PREFIX + "ibidWithoutPrevious";

	// Citations
	public static final String EXTERNAL_CITATION = PREFIX + "externalCitation";
	public static final String UNKNOWN_CITED_BODY = PREFIX + "unknownCitedBody";
	public static final String MALFORMED_NUMBER = PREFIX + "malformedNumber";
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	public static final String DATE_AFTER_ADOPTION = PREFIX + "dateAfterAdoption";
	public static final String MALFORMED_SYMBOL = PREFIX + "malformedSymbol";
	public static final String MALFORMED_TREATY_CITATION = PREFIX + "malformedTreatyCitation";
	public static final String SELF_CITATION = PREFIX + "selfCitation";

	// References
	public static final String UNKNOWN_PARAGRAPH = PREFIX + "unknownParagraph";
	public static final String UNKNOWN_ANNEX = PREFIX + "unknownAnnex";
	public static final String UNKNOWN_BODY = PREFIX + "unknownBody";
	public static final String UNKNOWN_OFFICER = PREFIX + "unknownOfficer";

	// Reporting requests
	public static final String REPORT_SESSION_NOT_LATER = PREFIX + "reportSessionNotLater";
	public static final String REPORT_SESSION_NOT_IN_TEXT = PREFIX + "reportSessionNotInText";
	public static final String REPORT_WITHOUT_PARAGRAPH = PREFIX + "reportWithoutParagraph";
	public static final String REPORT_PERIOD = PREFIX + "reportPeriod";

	// Documents
	public static final String MISSING_ACTING_BODY = PREFIX + "missingActingBody";
	public static final String DUPLICATE_METADATA = PREFIX + "duplicateMetadata";
	public static final String MISSING_FORMULA = PREFIX + "missingFormula";
	public static final String FORMULA_NAMES_OTHER_BODY = PREFIX + "formulaNamesOtherBody";
	public static final String NO_OPERATIVE_PARAGRAPH = PREFIX + "noOperativeParagraph";
	public static final String PREAMBLE_AFTER_OPERATIVE = PREFIX + "preambleAfterOperative";
	public static final String DUPLICATE_DOCUMENT = PREFIX + "duplicateDocument";
	public static final String MISSING_NUMBER = PREFIX + "missingNumber";
}
