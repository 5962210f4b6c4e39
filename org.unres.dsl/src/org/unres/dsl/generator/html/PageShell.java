package org.unres.dsl.generator.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every page: document type, language, character set, title and the embedded style
 * sheet, so that a page is complete on its own and can be mailed or archived as one file.
 */
final class PageShell {

	private static final String STYLE_SHEET = "page.css";

	private PageShell() {
	}

	/** Opens the page up to the sheet that holds the document, which the caller fills and closes with {@link #close}. */
	static HtmlWriter open(String title, String sheetClass) {
		HtmlWriter out = new HtmlWriter().doctype();
		out.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
		out.start("head").newline();
		out.empty("meta", "charset", "utf-8").newline();
		out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
		out.empty("meta", "name", "generator", "content", "UNRES").newline();
		out.element("title", title).newline();
		out.styleSheet(StyleSheet.TEXT).newline();
		out.end("head").newline();
		out.start("body").newline();
		out.start("main", "class", "sheet " + sheetClass);
		return out;
	}

	static String close(HtmlWriter out) {
		out.newline().end("main").newline().end("body").newline().end("html").newline();
		return out.finish();
	}

	/** The style sheet, read once from the resource beside this class. */
	private static final class StyleSheet {
		static final String TEXT = load();

		private static String load() {
			try (InputStream in = PageShell.class.getResourceAsStream(STYLE_SHEET)) {
				if (in == null) {
					throw new IllegalStateException("missing resource " + STYLE_SHEET + " beside " + PageShell.class.getName());
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
