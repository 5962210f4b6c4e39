package org.unres.dsl.generator.akn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
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
	 *                                  acting body, no date), with the file, line and column
	 */
	public String generate(Document document) {
		Objects.requireNonNull(document, "document");
		Resource resource = document.eResource();
		if (resource != null && !resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new IllegalArgumentException(resource.getURI().lastSegment() + ":" + first.getLine() + ":"
					+ first.getColumn() + ": cannot generate Akoma Ntoso from a file with syntax errors: "
					+ first.getMessage());
		}
		AknContext context = new AknContext(document, structures.get(document), citationIris);
		return new DocumentWriter(context, LocalDate.now(clock)).write();
	}
}
