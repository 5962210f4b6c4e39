package org.unres.dsl.importer;

/** Superscript digits as printed in footnote markers ("¹²"). */
final class Superscripts {

	static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private Superscripts() {
	}

	static int value(String superscript) {
		int value = 0;
		for (char c : superscript.toCharArray()) {
			value = value * 10 + DIGITS.indexOf(c);
		}
		return value;
	}
}
