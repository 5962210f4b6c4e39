package org.unres.dsl.generator.html;

import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;

/**
 * The head of a page as on a UN document: "United Nations" and the acting body on the left, the
 * symbol (when the text declares one) on the right, a heavy rule, the session and adoption, then
 * the designation and the centred title (the designation among the facts above when the text
 * prints none).
 */
final class MastheadRenderer {

	private MastheadRenderer() {
	}

	static void write(Document document, HtmlWriter out) {
		out.newline().start("header", "class", "masthead");
		out.start("div", "class", "issuer");
		out.element("p", "United Nations", "class", "organization");
		String body = DocumentFacts.actingBody(document);
		if (body != null) {
			out.element("p", body, "class", "body-name");
		}
		out.end("div");
		out.start("div", "class", "identification");
		String symbol = DocumentFacts.symbol(document);
		if (symbol != null) {
			out.element("p", symbol, "class", "symbol");
		}
		out.end("div");
		out.end("header");

		out.newline().start("div", "class", "circumstances");
		String session = DocumentFacts.session(document);
		if (session != null) {
			out.element("p", session, "class", "session");
		}
		String adoption = DocumentFacts.adoption(document);
		if (adoption != null) {
			out.element("p", adoption, "class", "adoption");
		}
		String recommendation = DocumentFacts.recommendation(document);
		if (recommendation != null) {
			out.element("p", recommendation, "class", "recommendation");
		}
		boolean designationPrinted = DocumentIdentity.designationPrinted(document) || DocumentFacts.title(document).isEmpty();
		if (!designationPrinted) {
			// Said with the facts, not in the heading, as the text printed without it.
			out.element("p", DocumentFacts.designation(document), "class", "designation");
		}
		out.end("div");

		out.newline().start("h1");
		if (designationPrinted) {
			out.element("span", DocumentFacts.designation(document), "class", "designation");
		}
		if (!DocumentFacts.title(document).isEmpty()) {
			out.text(designationPrinted ? " " : "").element("span", DocumentFacts.title(document), "class", "title");
		}
		out.end("h1");
	}
}
