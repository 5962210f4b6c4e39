package org.unres.dsl.generator.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes well-formed HTML5 that is also well-formed XML: every text and attribute value goes
 * through {@link Html#escape}, elements are closed in order, void elements end with "/>". Callers
 * never concatenate markup themselves.
 */
public final class HtmlWriter {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(:[a-z]+)?");
	private static final Set<String> VOID_ELEMENTS = Set.of("meta", "link", "br", "hr", "img", "col", "wbr");

	private final StringBuilder out = new StringBuilder(32 * 1024);
	private final Deque<String> open = new ArrayDeque<>();

	/** Writes the document type; must come first. */
	public HtmlWriter doctype() {
		if (out.length() > 0) {
			throw new IllegalStateException("the doctype comes first");
		}
		out.append("<!DOCTYPE html>\n");
		return this;
	}

	/**
	 * Opens an element. Attributes are name/value pairs; a pair with a null value is left out, so
	 * that optional attributes need no branching at the call site.
	 */
	public HtmlWriter start(String element, String... attributes) {
		tag(element, attributes);
		if (VOID_ELEMENTS.contains(element)) {
			throw new IllegalArgumentException(element + " is a void element: use empty()");
		}
		out.append('>');
		open.push(element);
		return this;
	}

	/** Writes a void element, such as meta. */
	public HtmlWriter empty(String element, String... attributes) {
		if (!VOID_ELEMENTS.contains(element)) {
			throw new IllegalArgumentException(element + " is not a void element");
		}
		tag(element, attributes);
		out.append(" />");
		return this;
	}

	/** Closes the element opened last, which must be the one named. */
	public HtmlWriter end(String element) {
		String last = open.poll();
		if (!element.equals(last)) {
			throw new IllegalStateException("closing " + element + " but " + last + " is open");
		}
		out.append("</").append(element).append('>');
		return this;
	}

	/** An element holding only text. */
	public HtmlWriter element(String element, String text, String... attributes) {
		return start(element, attributes).text(text).end(element);
	}

	/** Escaped text; nothing for null, which a model with syntax errors may hold. */
	public HtmlWriter text(String text) {
		if (text != null) {
			out.append(Html.escape(text));
		}
		return this;
	}

	/** A line break between block elements, for people who read the source; never inside text. */
	public HtmlWriter newline() {
		out.append('\n');
		return this;
	}

	/**
	 * A style sheet, written as is: it comes from the generator's own resources, and a '<' in it
	 * (which could close the style element early or break XML parsing) is refused.
	 */
	public HtmlWriter styleSheet(String css) {
		if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0) {
			throw new IllegalArgumentException("a style sheet must not contain '<' or '&'");
		}
		start("style");
		out.append('\n').append(css);
		return end("style");
	}

	/** The finished page; fails when an element is still open. */
	public String finish() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("unclosed elements: " + open);
		}
		return out.toString();
	}

	private void tag(String element, String... attributes) {
		checkName(element);
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name/value pairs");
		}
		out.append('<').append(element);
		for (int i = 0; i < attributes.length; i += 2) {
			String value = attributes[i + 1];
			if (value != null) {
				checkName(attributes[i]);
				out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(value)).append('"');
			}
		}
	}

	private static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not an element or attribute name: " + name);
		}
	}
}
