package org.unres.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The root validator only composes: each concern of UN editorial practice has its own class.
 */
@ComposedChecks(validators = { DocumentValidator.class, VocabularyValidator.class, PunctuationValidator.class,
		NumberingValidator.class, FootnoteValidator.class, CitationValidator.class, ReportingRequestValidator.class })
public class UnresValidator extends AbstractUnresValidator {
}
