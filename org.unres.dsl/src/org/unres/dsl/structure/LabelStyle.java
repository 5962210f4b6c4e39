package org.unres.dsl.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering schemes of paragraphs: 1. · 1.1. · (a) · (i) · a. */
public enum LabelStyle {
	DECIMAL, DECIMAL_DOTTED, LOWER_ALPHA, LOWER_ROMAN, ALPHA_DOT;

	private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");
	private static final Pattern PARENTHESIZED = Pattern.compile("\\(([a-z]+)\\)");

	/** The style a label can only have, or null for (i), (v), (x), which may be letters or numerals. */
	public static LabelStyle unambiguousStyleOf(String label) {
		if (label.matches("\\d+")) {
			return DECIMAL;
		}
		if (label.matches("\\d+(\\.\\d+)+")) {
			return DECIMAL_DOTTED;
		}
		if (label.matches("[a-z]\\.")) {
			return ALPHA_DOT;
		}
		Matcher m = PARENTHESIZED.matcher(label);
		if (!m.matches()) {
			return null;
		}
		String inner = m.group(1);
		if (inner.length() == 1 && "ivx".contains(inner)) {
			return null;
		}
		return inner.length() > 1 && ROMAN.matcher(inner).matches() ? LOWER_ROMAN : LOWER_ALPHA;
	}

	/** The position of a label in its scheme: 1 for "1", "(a)", "(i)", "a."; 2 for "1.2". */
	public static int ordinalOf(String label, LabelStyle style) {
		switch (style) {
		case DECIMAL:
			return Integer.parseInt(label);
		case DECIMAL_DOTTED:
			return Integer.parseInt(label.substring(label.lastIndexOf('.') + 1));
		case ALPHA_DOT:
			return label.charAt(0) - 'a' + 1;
		case LOWER_ALPHA: {
			String inner = label.substring(1, label.length() - 1);
			int value = 0;
			for (char c : inner.toCharArray()) {
				value = value * 26 + (c - 'a' + 1);
			}
			return inner.length() > 1 && inner.chars().allMatch(c -> c == inner.charAt(0))
					? (inner.length() - 1) * 26 + (inner.charAt(0) - 'a' + 1) : value;
		}
		case LOWER_ROMAN:
			return romanValue(label.substring(1, label.length() - 1));
		default:
			throw new IllegalArgumentException(style.name());
		}
	}

	/** The label that follows ordinal n in this style, as the editor would expect it. */
	public static String labelFor(int n, LabelStyle style, String sameLevelPrefix) {
		switch (style) {
		case DECIMAL:
			return Integer.toString(n);
		case DECIMAL_DOTTED:
			return sameLevelPrefix + n;
		case ALPHA_DOT:
			return (char) ('a' + n - 1) + ".";
		case LOWER_ALPHA:
			return "(" + (n <= 26 ? String.valueOf((char) ('a' + n - 1))
					: String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1)) + ")";
		case LOWER_ROMAN:
			return "(" + toRoman(n) + ")";
		default:
			throw new IllegalArgumentException(style.name());
		}
	}

	static int romanValue(String roman) {
		int total = 0;
		int previous = 0;
		for (int i = roman.length() - 1; i >= 0; i--) {
			int value = switch (roman.charAt(i)) {
			case 'i' -> 1;
			case 'v' -> 5;
			case 'x' -> 10;
			case 'l' -> 50;
			case 'c' -> 100;
			default -> 0;
			};
			total += value < previous ? -value : value;
			previous = Math.max(previous, value);
		}
		return total;
	}

	static String toRoman(int n) {
		String[] tens = { "", "x", "xx", "xxx", "xl", "l" };
		String[] units = { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix" };
		return tens[Math.min(n / 10, 5)] + units[n % 10];
	}
}
