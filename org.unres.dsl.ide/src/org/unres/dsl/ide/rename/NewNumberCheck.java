package org.unres.dsl.ide.rename;

import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.unres.dsl.ide.navigation.DocumentNames;
import org.unres.dsl.library.BodyResolver;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Whether a new number can be given: a document's number must be written as its body numbers
 * its texts and be free in the workspace; a footnote's must be a number not used by another note.
 */
public class NewNumberCheck {

	@Inject
	private DocumentIdentity identity;

	@Inject
	private BodyResolver bodies;

	@Inject
	private DocumentStructureProvider structures;

	/** What is wrong with the new number, or null when it can be given. */
	public String problem(EObject element, String newNumber, IResourceDescriptions index) {
		if (newNumber.isEmpty()) {
			return "The new number is empty.";
		}
		if (element instanceof Footnote footnote) {
			return footnoteProblem(footnote, newNumber);
		}
		return documentProblem((Document) element, newNumber, index);
	}

	private String footnoteProblem(Footnote footnote, String newNumber) {
		if (!newNumber.matches("\\d+")) {
			return "A footnote is numbered with digits, not '" + newNumber + "'.";
		}
		Document document = org.eclipse.xtext.EcoreUtil2.getContainerOfType(footnote, Document.class);
		if (document != null) {
			for (Footnote other : structures.get(document).getFootnotes()) {
				if (other != footnote && newNumber.equals(other.getName())) {
					return "This document already has a footnote " + newNumber + ".";
				}
			}
		}
		return null;
	}

	private String documentProblem(Document document, String newNumber, IResourceDescriptions index) {
		if (!newNumber.matches("[0-9A-Za-z/().\\-]+( [A-Z]| \\([IVXL]+\\)| \\((19|20)\\d{2}\\))?")) {
			return "'" + newNumber + "' is not a document number such as 20/1, 2011/33 or 57/270 B.";
		}
		String body = DocumentIdentity.actingBodyName(document);
		if (body != null && !document.isDraft()) {
			IEObjectDescription description = bodies.resolve(document.eResource(), body, body);
			String numbering = description == null ? null
					: description.getUserData(UnresResourceDescriptionStrategy.NUMBERING);
			try {
				if (numbering != null && !newNumber.matches(numbering)) {
					return "'" + newNumber + "' is not numbered as texts of " + body + " are (" + numbering + ").";
				}
			} catch (PatternSyntaxException e) {
				// the library's own validation reports a broken pattern
			}
		}
		QualifiedName current = identity.nameOf(document);
		if (current != null) {
			QualifiedName renamed = withNumber(current, document.isDraft(), DocumentIdentity.normalizeNumber(newNumber));
			for (IEObjectDescription other : index.getExportedObjects(UnresPackage.Literals.DOCUMENT, renamed, false)) {
				if (!other.getEObjectURI().trimFragment().equals(document.eResource().getURI())) {
					return DocumentNames.readable(UnresPackage.Literals.DOCUMENT, renamed) + " already exists in "
							+ other.getEObjectURI().trimFragment().lastSegment() + ".";
				}
			}
		}
		return null;
	}

	/** The document's index name with another number (see DocumentIdentity: drafts end with "for BODY"). */
	private static QualifiedName withNumber(QualifiedName name, boolean draft, String number) {
		java.util.List<String> segments = new java.util.ArrayList<>(name.getSegments());
		segments.set(draft ? segments.size() - 2 : segments.size() - 1, number);
		return QualifiedName.create(segments);
	}
}
