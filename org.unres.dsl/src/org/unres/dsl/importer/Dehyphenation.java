package org.unres.dsl.importer;

/**
 * Joins two lines of wrapped text: a word the layout broke with a hyphen ("Commis-" + "sion")
 * is made whole again; otherwise the lines are joined with one space.
 */
public final class Dehyphenation {

	private Dehyphenation() {
	}

	public static String join(String before, String after) {
		String left = before.stripTrailing();
		String right = after.strip();
		if (left.isEmpty()) {
			return right;
		}
		if (right.isEmpty()) {
			return left;
		}
		int last = left.length() - 1;
		if (left.charAt(last) == '-' && last > 0 && Character.isLowerCase(left.charAt(last - 1))
				&& Character.isLowerCase(right.charAt(0))) {
			return left.substring(0, last) + right;
		}
		return left + " " + right;
	}
}
