package org.unres.dsl.generator.html;

import java.util.List;

import org.unres.dsl.unres.Document;

/**
 * The contents page of a run: one row per document with its kind, number, title (a link to its
 * page), acting body and adoption, or for a draft who recommends it.
 */
final class IndexRenderer {

	static final String TITLE = "Resolutions and decisions";

	private IndexRenderer() {
	}

	static void write(List<Document> documents, PageLinks links, HtmlWriter out) {
		out.newline().start("header", "class", "masthead");
		out.start("div", "class", "issuer").element("p", "United Nations", "class", "organization").end("div");
		out.end("header");
		out.newline().start("h1").element("span", TITLE, "class", "title").end("h1");
		out.newline().start("table", "class", "index");
		out.newline().start("thead").start("tr");
		for (String column : List.of("Kind", "Number", "Title", "Acting body", "Adoption")) {
			out.element("th", column, "scope", "col");
		}
		out.end("tr").end("thead");
		out.newline().start("tbody");
		for (Document document : documents) {
			writeRow(document, links.hrefOf(document), out);
		}
		out.newline().end("tbody").end("table");
		String count = documents.size() == 1 ? "1 document" : documents.size() + " documents";
		out.newline().element("p", count, "class", "count");
	}

	private static void writeRow(Document document, String href, HtmlWriter out) {
		out.newline().start("tr");
		out.element("td", DocumentFacts.kind(document));
		out.element("td", orDash(DocumentFacts.number(document)), "class", "number");
		out.start("td");
		String title = DocumentFacts.title(document).isEmpty() ? DocumentFacts.designation(document)
				: DocumentFacts.title(document);
		if (href == null) {
			out.text(title);
		} else {
			out.element("a", title, "href", href);
		}
		out.end("td");
		out.element("td", orDash(DocumentFacts.actingBody(document)));
		String adoption = DocumentFacts.adoptionDate(document);
		if (adoption != null) {
			out.element("td", adoption, "class", "adoption");
		} else {
			out.element("td", orDash(DocumentFacts.recommendation(document)));
		}
		out.end("tr");
	}

	private static String orDash(String text) {
		return text == null ? "\u2014" : text;
	}
}
