package org.unres.dsl.generator.akn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.unres.Document;

import com.google.inject.Inject;

/**
 * Generates the Akoma Ntoso 3.0 form of a UNRES document, following the UN's AKN4UN guidelines
 * ({@code shared/akn/akn4un-notes.md}): one {@code <statement>} named resolution, decision,
 * resolutionDraft or decisionDraft, valid against the OASIS schema {@code akomantoso30.xsd}.
 */
public class AknGenerator {

	@Inject
	private DocumentStructureProvider structures;

	@Inject
	private CitationIris citationIris;

	/** The clock that dates the XML manifestation; tests may bind a fixed one. */
	@Inject(optional = true)
	private Clock clock = Clock.systemUTC();

	/**
	 * The whole XML document, UTF-8, with its XML declaration.
	 *
	 * @throws IllegalArgumentException when the document cannot be generated (syntax errors, no
	 *                                  acting body, no date), with the file, line and column.
	 *                                  Other errors (an unknown paragraph, a misnumbered footnote) are
	 *                                  the validator's to report: the output stays schema-valid.
	 */
	public String generate(Document document) {
		Objects.requireNonNull(document, "document");
		Resource resource = document.eResource();
		Resource.Diagnostic syntaxError = resource == null ? null
				: resource.getErrors().stream().filter(XtextSyntaxDiagnostic.class::isInstance).findFirst().orElse(null);
		if (syntaxError != null) {
			throw new IllegalArgumentException(resource.getURI().lastSegment() + ":" + syntaxError.getLine() + ":"
					+ syntaxError.getColumn() + ": cannot generate Akoma Ntoso from a file with syntax errors: "
					+ syntaxError.getMessage());
		}
		AknContext context = new AknContext(document, structures.get(document), citationIris);
		return new DocumentWriter(context, LocalDate.now(clock)).write();
	}
}
