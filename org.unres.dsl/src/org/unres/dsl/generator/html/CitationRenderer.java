package org.unres.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.generator.html.PrintedWords.Run;
import org.unres.dsl.generator.html.PrintedWords.Span;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.AnnexReference;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Prints a citation as its words, without the brackets, in a span whose title says what is cited.
 * A cited resolution or decision with a page in the run becomes a link to that page, a referenced
 * paragraph or annex a link to its anchor; everything else stays text.
 */
class CitationRenderer {

	/** A part of the citation's source that links somewhere. */
	private record Link(Span span, String href, String title) {
	}

	@Inject
	private CitationTitles titles;

	void write(Citation citation, PageContext page, HtmlWriter out) {
		INode node = NodeModelUtils.findActualNodeFor(citation);
		List<Link> links = new ArrayList<>();
		if (node != null) {
			collectLinks(citation, node, page, links);
		}
		out.start("span", "class", "citation", "title", titles.titleOf(citation));
		List<Span> spans = links.stream().map(Link::span).toList();
		for (Run run : node == null ? List.<Run>of() : PrintedWords.split(node, spans)) {
			Link link = run.span() < 0 ? null : links.get(run.span());
			if (link == null) {
				out.text(run.text());
			} else {
				out.start("a", "href", link.href(), "title", link.title()).text(run.text()).end("a");
			}
		}
		out.end("span");
	}

	private void collectLinks(Citation citation, INode node, PageContext page, List<Link> links) {
		if (citation instanceof ResolutionCitation resolution) {
			documentLinks(resolution, node, page, links);
		} else if (citation instanceof ParagraphReference reference) {
			paragraphLinks(reference, node, page, links);
		} else if (citation instanceof AnnexReference reference) {
			String href = page.hrefOf(annexOf(reference, page.document()));
			if (href != null) {
				links.add(new Link(Span.of(node), href, null));
			}
		}
	}

	/**
	 * One cited text links as a whole, from the body's name to the number or date ("its resolution
	 * 20/1 of 13 April 2011"); in a list, each number and date links. A title quoted after
	 * "entitled" stays outside the link.
	 */
	private void documentLinks(ResolutionCitation citation, INode node, PageContext page, List<Link> links) {
		List<CitedText> entries = citation.getEntries();
		for (CitedText entry : entries) {
			Document cited = entry.getDocument();
			String href = page.pageOf(cited);
			INode entryNode = NodeModelUtils.findActualNodeFor(entry);
			if (href != null && entryNode != null) {
				int start = entries.size() == 1 ? node.getOffset() : entryNode.getOffset();
				links.add(new Link(new Span(start, endOfReference(entry, entryNode)), href, cited.getTitle()));
			}
		}
	}

	/** Where the number, or the date after it, ends. */
	private static int endOfReference(CitedText entry, INode entryNode) {
		if (entry.getDate() != null) {
			return NodeModelUtils.findActualNodeFor(entry.getDate()).getEndOffset();
		}
		List<INode> number = NodeModelUtils.findNodesForFeature(entry, UnresPackage.Literals.CITED_TEXT__DOCUMENT);
		return number.isEmpty() ? entryNode.getEndOffset() : number.get(0).getEndOffset();
	}

	/** "paragraph 5" links as a whole; "paragraphs (c) (i) and (ii)" links each label. */
	private void paragraphLinks(ParagraphReference reference, INode node, PageContext page, List<Link> links) {
		List<INode> targetNodes = NodeModelUtils.findNodesForFeature(reference,
				UnresPackage.Literals.PARAGRAPH_REFERENCE__TARGETS);
		List<Paragraph> targets = reference.getTargets();
		for (int i = 0; i < targets.size() && i < targetNodes.size(); i++) {
			String href = page.hrefOf(targets.get(i));
			if (href != null) {
				Span span = targets.size() == 1 ? new Span(node.getOffset(), targetNodes.get(i).getEndOffset())
						: Span.of(targetNodes.get(i));
				links.add(new Link(span, href, null));
			}
		}
		if (reference.getOf() != null) {
			Document cited = CitedDocuments.citedDocumentOf(reference.getOf());
			String href = page.pageOf(cited);
			if (href != null) {
				links.add(new Link(Span.of(NodeModelUtils.findActualNodeFor(reference.getOf())), href, cited.getTitle()));
			}
		}
	}

	/** The annex named, or the only annex when "the annex" names none. */
	private static EObject annexOf(AnnexReference reference, Document document) {
		Annex annex = reference.getAnnex();
		if (annex != null && !annex.eIsProxy()) {
			return annex;
		}
		return annex == null && document.getAnnexes().size() == 1 ? document.getAnnexes().get(0) : null;
	}
}
