package org.unres.dsl.generator.html;

/**
 * The one place that escapes text for HTML. The five characters that can end a text run or an
 * attribute value are replaced by references every HTML and XML parser knows, so that the output
 * reads the same as HTML5 and as XML (polyglot markup).
 */
public final class Html {

	private Html() {
	}

	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> {
				// Control characters other than tab and line breaks are not allowed in HTML or XML.
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
					escaped.append('\uFFFD');
				} else {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
