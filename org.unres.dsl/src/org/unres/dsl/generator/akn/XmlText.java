package org.unres.dsl.generator.akn;

/**
 * Text as XML 1.0 can hold it. The XML writer escapes markup characters, but characters that
 * XML 1.0 forbids outright (most control characters, unpaired surrogates) cannot be escaped at
 * all; they become U+FFFD so that the output always parses.
 */
final class XmlText {

	static final char REPLACEMENT = '\uFFFD';

	private XmlText() {
	}

	static String clean(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			if (!allowed && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(allowed ? c : REPLACEMENT);
			}
		}
		return out == null ? text : out.toString();
	}
}
