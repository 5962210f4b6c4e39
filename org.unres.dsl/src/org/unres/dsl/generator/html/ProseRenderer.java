package org.unres.dsl.generator.html;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.FootnoteReference;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.Quotation;
import org.unres.dsl.unres.Text;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Prints running text: words as written, quotations in their curly quotes, footnote markers as
 * linked superscripts, citations through {@link CitationRenderer}. A space separates two parts
 * where the source has one ("resolution 18/3],") and only there ("Fund[^1] and").
 */
class ProseRenderer {

	@Inject
	private CitationRenderer citations;

	void write(Prose prose, PageContext page, HtmlWriter out) {
		write(prose, null, page, out);
	}

	/**
	 * Prints prose whose opening words, when they are {@code italicOpening}, are set in italics: the
	 * acting body in the formula "The General Assembly,".
	 */
	void write(Prose prose, String italicOpening, PageContext page, HtmlWriter out) {
		if (prose == null) {
			return;
		}
		INode previous = null;
		boolean first = true;
		for (EObject part : prose.getParts()) {
			INode node = NodeModelUtils.findActualNodeFor(part);
			if (spaceBetween(previous, node)) {
				out.text(" ");
			}
			if (first && part instanceof Text text && opensWith(text.getValue(), italicOpening)) {
				out.element("i", italicOpening).text(text.getValue().substring(italicOpening.length()));
			} else {
				writePart(part, page, out);
			}
			first = false;
			previous = node;
		}
	}

	/** "The General Assembly," and "The Council, recalling …:" but not "The Council takes note of …". */
	private static boolean opensWith(String text, String opening) {
		if (text == null || opening == null || !text.startsWith(opening)) {
			return false;
		}
		String rest = text.substring(opening.length());
		return rest.isEmpty() || rest.startsWith(",") || rest.startsWith(":");
	}

	/** Whether the source has white space between two nodes. */
	static boolean spaceBetween(INode before, INode after) {
		return before != null && after != null && after.getOffset() > before.getEndOffset();
	}

	private void writePart(EObject part, PageContext page, HtmlWriter out) {
		if (part instanceof Text text) {
			out.text(text.getValue() == null ? "" : text.getValue());
		} else if (part instanceof Quotation quotation) {
			out.start("span", "class", "quotation").text("\u201C");
			write(quotation.getContent(), page, out);
			out.text("\u201D").end("span");
		} else if (part instanceof FootnoteReference reference) {
			writeMarker(reference, page, out);
		} else if (part instanceof Citation citation) {
			citations.write(citation, page, out);
		}
	}

	private static void writeMarker(FootnoteReference reference, PageContext page, HtmlWriter out) {
		Footnote footnote = reference.getFootnote();
		out.start("sup", "class", "footnote-ref");
		if (footnote == null || footnote.eIsProxy()) {
			// A marker without its note (an error the validator reports) still shows its number.
			var nodes = NodeModelUtils.findNodesForFeature(reference, UnresPackage.Literals.FOOTNOTE_REFERENCE__FOOTNOTE);
			out.text(nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0)));
		} else {
			Anchors anchors = page.anchors();
			out.start("a", "id", anchors.idOf(reference), "href", "#" + anchors.idOf(footnote), "role", "doc-noteref")
					.text(footnote.getName()).end("a");
		}
		out.end("sup");
	}
}
