package org.unres.dsl.generator.html;

import java.util.List;

import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Document;

import com.google.inject.Inject;

/**
 * Generates HTML5 pages of resolutions and decisions in the layout of UN documents, and an index
 * page of a run. Each page is self-contained (its style sheet is embedded) and links to the pages
 * of the documents it cites when {@link PageLinks} knows them. Pages are strings: writing them to
 * files, safely, is the caller's job.
 */
public class HtmlGenerator {

	@Inject
	private DocumentStructureProvider structures;

	@Inject
	private PartRenderer parts;

	@Inject
	private ProseRenderer prose;

	@Inject
	private FootnotesRenderer footnotes;

	/** The page of one document. */
	public String page(Document document, PageLinks links) {
		PageContext page = new PageContext(document, links, structures);
		HtmlWriter out = PageShell.open(DocumentFacts.pageTitle(document), "document " + cssKind(document));
		out.start("article");
		MastheadRenderer.write(document, out);
		out.newline().start("p", "class", "formula");
		prose.write(document.getFormula(), DocumentFacts.formulaPhrase(document), page, out);
		out.end("p");
		parts.write(page.structure().getMain(), "h2", page, out);
		for (Annex annex : document.getAnnexes()) {
			writeAnnex(annex, page, out);
		}
		footnotes.write(page, out);
		out.newline().end("article");
		return PageShell.close(out);
	}

	/** The contents page of the documents of a run, in the order given. */
	public String index(List<Document> documents, PageLinks links) {
		HtmlWriter out = PageShell.open(IndexRenderer.TITLE, "contents");
		IndexRenderer.write(documents, links, out);
		return PageShell.close(out);
	}

	private void writeAnnex(Annex annex, PageContext page, HtmlWriter out) {
		out.newline().start("section", "class", "annex", "id", page.anchors().idOf(annex));
		String label = annex.getDesignation() == null ? "Annex" : "Annex " + annex.getDesignation();
		if (annex.isAttachment()) {
			// An attachment is printed under its title alone; only an untitled one needs a label.
			out.newline().element("h2", annex.getTitle() == null ? "Attachment" : annex.getTitle(), "class", "title");
		} else if (annex.getTitle() == null) {
			out.newline().element("h2", label, "class", "annex-label");
		} else {
			out.newline().start("h2");
			out.element("span", label, "class", "annex-label").text(" ").element("span", annex.getTitle(), "class", "title");
			out.end("h2");
		}
		parts.write(page.structure().getAnnex(annex), "h3", page, out);
		out.newline().end("section");
	}

	/** "resolution", "draft-decision": lets the style sheet tell kinds apart. */
	private static String cssKind(Document document) {
		return (document.isDraft() ? "draft-" : "") + (document.getKind() == null ? "text" : document.getKind().toLowerCase());
	}
}
