package org.unres.dsl.citation;

import java.util.Locale;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.unres.dsl.library.BodyResolver;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.Text;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Works out which body and kind of text a citation of a resolution or decision means: the body
 * named before "resolution" ("General Assembly resolution 66/8"), or the acting body when none
 * is named ("its resolution 18/3").
 */
public class CitedDocuments {

	@Inject
	private BodyResolver bodies;

	/** The name prefix of the cited document, "GA::resolution", or null if the body is unknown. */
	public QualifiedName prefixOf(CitedText cited) {
		ResolutionCitation citation = EcoreUtil2.getContainerOfType(cited, ResolutionCitation.class);
		String body = bodyNameOf(citation);
		return body == null ? null : QualifiedName.create(body, kindOf(citation));
	}

	/** The short name of the cited body, or null when the words name no known body. */
	public String bodyNameOf(ResolutionCitation citation) {
		Document document = EcoreUtil2.getContainerOfType(citation, Document.class);
		String acting = document == null ? null : DocumentIdentity.actingBodyName(document);
		String phrase = bodyPhraseOf(citation);
		if (isImplicit(citation)) {
			String author = bodies.namedBefore(citation.eResource(), wordsBefore(citation) + " " + phrase);
			if (author != null) {
				return author;
			}
			String number = citation.getEntries().isEmpty() ? "" : numberText(citation.getEntries().get(0));
			return bodies.numberedLike(citation.eResource(), number, acting);
		}
		IEObjectDescription body = bodies.resolve(citation.eResource(), phrase, acting);
		return body == null ? null : body.getName().toString();
	}

	/** The prose right before the citation, in the same paragraph ("… the General Assembly in its"). */
	private static String wordsBefore(ResolutionCitation citation) {
		if (citation.eContainer() instanceof Prose prose) {
			int index = prose.getParts().indexOf(citation);
			if (index > 0 && prose.getParts().get(index - 1) instanceof Text text && text.getValue() != null) {
				return text.getValue();
			}
		}
		return "";
	}

	/**
	 * Whether the citation leaves its body to the reader ("resolution 18/3", "its resolution
	 * 61/252"): the acting body, or the body whose numbers look like this one.
	 */
	public static boolean isImplicit(ResolutionCitation citation) {
		String phrase = bodyPhraseOf(citation);
		return phrase.isEmpty() || phrase.equalsIgnoreCase("its");
	}

	/** The document a citation names first, when it is in the workspace; null otherwise. */
	public static Document citedDocumentOf(ResolutionCitation citation) {
		if (citation.getEntries().isEmpty()) {
			return null;
		}
		Document document = citation.getEntries().get(0).getDocument();
		return document == null || document.eIsProxy() ? null : document;
	}

	/** The number as written, "57/270 B". */
	public static String numberText(CitedText cited) {
		var nodes = NodeModelUtils.findNodesForFeature(cited, UnresPackage.Literals.CITED_TEXT__DOCUMENT);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The words before "resolution", as written: "Economic and Social Council". */
	public static String bodyPhraseOf(ResolutionCitation citation) {
		return String.join(" ", citation.getBodyWords()).strip();
	}

	/**
	 * "resolution" or "decision", for "Resolutions" as for "decision"; "resolution" when a syntax
	 * error (reported by the parser) left the citation without its kind.
	 */
	public static String kindOf(ResolutionCitation citation) {
		if (citation.getKind() == null) {
			return DocumentIdentity.RESOLUTION;
		}
		String kind = citation.getKind().toLowerCase(Locale.ROOT);
		return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
	}

	public static boolean isDecision(ResolutionCitation citation) {
		return DocumentIdentity.DECISION.equals(kindOf(citation));
	}
}
