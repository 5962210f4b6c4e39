package org.unres.dsl.generator.html;

import java.util.List;

import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.FootnoteReference;

import com.google.inject.Inject;

/**
 * The notes at the foot of the text, under a short rule, each with its number linking back to
 * the place that cites it; a note cited again gets a link back to each further place.
 */
class FootnotesRenderer {

	@Inject
	private ProseRenderer prose;

	void write(PageContext page, HtmlWriter out) {
		List<Footnote> footnotes = page.structure().getFootnotes();
		if (footnotes.isEmpty()) {
			return;
		}
		Anchors anchors = page.anchors();
		out.newline().start("footer", "class", "footnotes");
		for (Footnote footnote : footnotes) {
			List<FootnoteReference> markers = anchors.markersOf(footnote);
			out.newline().start("p", "class", "footnote", "id", anchors.idOf(footnote));
			out.start("sup", "class", "footnote-number");
			if (markers.isEmpty()) {
				out.text(footnote.getName());
			} else {
				out.element("a", footnote.getName(), "href", "#" + anchors.idOf(markers.get(0)), "title",
						"Back to the text");
			}
			out.end("sup").text(" ");
			prose.write(footnote.getContent(), page, out);
			for (int i = 1; i < markers.size(); i++) {
				out.text(" ").element("a", "\u2191" + (i + 1), "class", "backref", "href", "#" + anchors.idOf(markers.get(i)),
						"title", "Back to mention " + (i + 1) + " in the text");
			}
			out.end("p");
		}
		out.newline().end("footer");
	}
}
