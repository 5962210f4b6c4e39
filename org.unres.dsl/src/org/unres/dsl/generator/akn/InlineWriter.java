package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.AnnexReference;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.DocumentCitation;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.FootnoteReference;
import org.unres.dsl.unres.IbidCitation;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.Quotation;
import org.unres.dsl.unres.RecordsCitation;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.Text;
import org.unres.dsl.unres.TreatyCitation;
import org.unres.dsl.unres.UnresPackage;

/**
 * Prose as Akoma Ntoso inline content: the words as printed, citations as {@code <ref>} (several
 * cited texts in one citation as {@code <mref>} with a {@code <ref>} each), footnotes as authorial
 * notes where their marker stands, quotations as {@code <embeddedText>} (the schema's inline for
 * words taken from another text; {@code quotedText} is only for amendments) keeping their quotation
 * marks in the text, as the schema reads a missing quote attribute, and highlighted words in the
 * inline element that says what they name.
 */
final class InlineWriter {

	private final AknContext context;
	private final XmlOut out;
	private final Ibid ibid;

	InlineWriter(AknContext context) {
		this.context = context;
		this.out = context.out;
		this.ibid = new Ibid(context);
	}

	/** Writes prose inside an open mixed element; {@code owner} is the eId of the enclosing structure. */
	void prose(Prose prose, String owner, List<Highlight> highlights) {
		if (prose == null) {
			return;
		}
		List<Highlight> pending = new ArrayList<>(highlights);
		EObject previous = null;
		for (EObject part : prose.getParts()) {
			if (previous != null && SourceText.spaceBetween(previous, part)) {
				out.text(" ");
			}
			if (part instanceof Text text) {
				text(text.getValue(), pending);
			} else if (part instanceof FootnoteReference reference) {
				footnote(reference, owner);
			} else if (part instanceof Quotation quotation) {
				quotation(quotation, owner, pending);
			} else if (part instanceof Citation citation) {
				citation(citation, owner);
			}
			previous = part;
		}
	}

	/** Plain text with the first occurrence of each highlight wrapped. */
	void text(String text, List<Highlight> pending) {
		if (text == null) {
			return;
		}
		int from = 0;
		while (from < text.length()) {
			Highlight next = null;
			int at = -1;
			for (Highlight highlight : pending) {
				int found = highlight.find(text, from);
				if (found >= 0 && (at < 0 || found < at)) {
					next = highlight;
					at = found;
				}
			}
			if (next == null) {
				break;
			}
			out.text(text.substring(from, at));
			out.inline(next.element());
			for (String[] attribute : next.attributes()) {
				out.attr(attribute[0], attribute[1]);
			}
			out.text(text.substring(at, at + next.phrase().length())).end();
			pending.remove(next);
			from = at + next.phrase().length();
		}
		out.text(text.substring(from));
	}

	private void quotation(Quotation quotation, String owner, List<Highlight> pending) {
		out.inline("embeddedText").text("“");
		INode whole = NodeModelUtils.getNode(quotation);
		INode content = quotation.getContent() == null ? null : NodeModelUtils.getNode(quotation.getContent());
		boolean hasContent = content != null && content.getLength() > 0 && whole != null;
		if (hasContent && SourceText.spaceIn(whole, whole.getOffset() + 1, content.getOffset())) {
			out.text(" ");
		}
		prose(quotation.getContent(), owner, pending);
		if (hasContent && SourceText.spaceIn(whole, content.getOffset() + content.getLength(),
				whole.getOffset() + whole.getLength() - 1)) {
			out.text(" ");
		}
		out.text("”").end();
	}

	/**
	 * The first reference to a footnote carries the note itself, as AKN4UN asks
	 * ({@code <sup class="footnote"><authorialNote marker="14" placement="bottom">}). A note
	 * referenced again (the corpus has one) is printed once, so the later marker points to the
	 * note already written with {@code <noteRef href="#…" marker="14">}, the schema's element for
	 * a marker that refers to a note, rather than repeating the note.
	 */
	private void footnote(FootnoteReference reference, String owner) {
		Footnote note = reference.getFootnote();
		out.inline("sup").attr("class", "footnote");
		if (note == null || note.eIsProxy()) {
			out.text(markerOf(reference)).end();
			return;
		}
		String written = context.notes.get(note);
		if (written != null) {
			out.empty("noteRef").attr("href", "#" + written).attr("marker", note.getName())
					.attr("placement", "bottom").attr("class", "footnote").end();
		} else {
			String eId = context.eids.numbered(owner, "authorialNote", Eids.numOf(note.getName()));
			context.notes.put(note, eId);
			out.inline("authorialNote").attr("eId", eId).attr("marker", note.getName()).attr("placement", "bottom");
			out.inline("p");
			prose(note.getContent(), eId, List.of());
			out.end().end();
		}
		out.end();
	}

	private static String markerOf(FootnoteReference reference) {
		var nodes = NodeModelUtils.findNodesForFeature(reference, UnresPackage.Literals.FOOTNOTE_REFERENCE__FOOTNOTE);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private void citation(Citation citation, String owner) {
		String text = SourceText.of(citation);
		CitationIris iris = context.citations;
		if (citation instanceof ResolutionCitation resolution) {
			resolution(resolution, owner);
		} else if (citation instanceof DocumentCitation document) {
			ref(iris.document(document.getSymbol()), text);
		} else if (citation instanceof TreatyCitation treaty) {
			ref(iris.treaty(treaty.getDetails()), text);
		} else if (citation instanceof RecordsCitation records) {
			ref(iris.records(records), text);
		} else if (citation instanceof IbidCitation ibidCitation) {
			ref(ibid.hrefOf(ibidCitation), text);
		} else if (citation instanceof ParagraphReference paragraphs) {
			paragraphs(paragraphs, text);
		} else if (citation instanceof AnnexReference annex) {
			ref(annexHref(annex), text);
		} else {
			out.text(text);
		}
	}

	private void resolution(ResolutionCitation citation, String owner) {
		List<CitedText> entries = citation.getEntries();
		if (entries.size() <= 1) {
			String href = entries.isEmpty() ? null : context.citations.cited(citation, entries.get(0));
			refWithTitles(href == null ? null : context.citations.withSuffix(citation, href),
					NodeModelUtils.getNode(citation), entries, owner);
			return;
		}
		List<INode> pieces = new ArrayList<>();
		for (CitedText entry : entries) {
			pieces.add(NodeModelUtils.getNode(entry));
		}
		out.inline("mref");
		for (SourceText.Segment segment : SourceText.split(NodeModelUtils.getNode(citation), pieces)) {
			if (segment.piece() < 0) {
				out.text(segment.text());
			} else {
				CitedText entry = entries.get(segment.piece());
				refWithTitles(context.citations.cited(citation, entry), pieces.get(segment.piece()), List.of(entry), owner);
			}
		}
		out.end();
	}

	/**
	 * A reference whose words may hold the titles of the cited texts ("2009/251 of 30 July 2009,
	 * entitled “…”"): the titles are quotations inside the reference.
	 */
	private void refWithTitles(String href, INode words, List<CitedText> entries, String owner) {
		List<Quotation> titles = new ArrayList<>();
		List<INode> titleNodes = new ArrayList<>();
		for (CitedText entry : entries) {
			if (entry.getTitle() != null && NodeModelUtils.getNode(entry.getTitle()) != null) {
				titles.add(entry.getTitle());
				titleNodes.add(NodeModelUtils.getNode(entry.getTitle()));
			}
		}
		if (href != null) {
			out.inline("ref").attr("href", href);
		}
		for (SourceText.Segment segment : SourceText.split(words, titleNodes)) {
			if (segment.piece() < 0) {
				out.text(segment.text());
			} else {
				quotation(titles.get(segment.piece()), owner, new ArrayList<>());
			}
		}
		if (href != null) {
			out.end();
		}
	}

	private void paragraphs(ParagraphReference reference, String text) {
		List<INode> pieces = NodeModelUtils.findNodesForFeature(reference,
				UnresPackage.Literals.PARAGRAPH_REFERENCE__TARGETS);
		List<Paragraph> targets = reference.getTargets();
		if (targets.size() <= 1) {
			ref(targets.isEmpty() ? null : paragraphHref(reference, targets.get(0), pathOf(pieces, 0)), text);
			return;
		}
		out.inline("mref");
		for (SourceText.Segment segment : SourceText.split(NodeModelUtils.getNode(reference), pieces)) {
			if (segment.piece() < 0 || segment.piece() >= targets.size()) {
				out.text(segment.text());
			} else {
				ref(paragraphHref(reference, targets.get(segment.piece()), pathOf(pieces, segment.piece())),
						segment.text());
			}
		}
		out.end();
	}

	private static String pathOf(List<INode> pieces, int index) {
		return index < pieces.size() ? NodeModelUtils.getTokenText(pieces.get(index)) : "";
	}

	private String paragraphHref(ParagraphReference reference, Paragraph target, String path) {
		if (reference.getOf() != null) {
			return context.citations.paragraphOf(reference.getOf(), target, path);
		}
		String eId = target == null || target.eIsProxy() ? null : context.ids.of(target);
		return "#" + (eId != null ? eId : CitationIris.pathEid(path));
	}

	/** A local annex reference, {@code !annex_1} as AKN4UN writes it; null when there is no annex. */
	private String annexHref(AnnexReference reference) {
		Annex annex = reference.getAnnex();
		if (annex == null || annex.eIsProxy()) {
			annex = context.document.getAnnexes().stream().filter(a -> !a.isAttachment()).findFirst().orElse(null);
		}
		return annex == null ? null : "!" + context.ids.componentName(annex);
	}

	/** {@code <ref href>text</ref>}, or the plain text when there is nothing to refer to. */
	private void ref(String href, String text) {
		if (href == null) {
			out.text(text);
			return;
		}
		out.inline("ref").attr("href", href).text(text).end();
	}
}
