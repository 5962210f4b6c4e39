package org.unres.dsl.ide.hover;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.Officer;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.Session;

/**
 * What a referenced element is, in Markdown, for hovers over references that are not citations:
 * bodies and officers named in @-lines, footnote markers.
 */
public class ElementDocumentation {

	/** The documentation, or null when the element has none to show. */
	public String of(EObject element) {
		if (element instanceof Body body) {
			String sessions = body.getSessions().stream().map(ElementDocumentation::session)
					.collect(Collectors.joining(", "));
			return "**" + body.getName() + "** — " + body.getTitle()
					+ (body.getFormula() == null ? "" : "\n\nFormula: *" + body.getFormula() + ",*")
					+ (sessions.isEmpty() ? "" : "\n\nSessions: " + sessions);
		}
		if (element instanceof Officer officer) {
			return "**" + officer.getName() + "** — " + officer.getTitle();
		}
		if (element instanceof Footnote footnote) {
			return "**Footnote " + footnote.getName() + "**: " + ProseText.textOf(footnote.getContent()).strip();
		}
		if (element instanceof Paragraph paragraph) {
			return CitationSummary.excerpt(paragraph);
		}
		if (element instanceof Document document) {
			return CitationSummary.describe(document);
		}
		return null;
	}

	private static String session(Session session) {
		return session.getNumber() + " (" + session.getYear() + (session.isReconvened()
				? ", reconvened " + session.getReconvenedYear() : "") + ")";
	}
}
