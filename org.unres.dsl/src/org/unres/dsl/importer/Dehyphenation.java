package org.unres.dsl.importer;

/**
 * Joins two lines of wrapped text: a word the layout broke with a hyphen ("Commis-" + "sion")
 * is made whole again, a compound that ends a line on its hyphen between digits or capitals
 * ("2012-" + "2015") is joined without a space; otherwise the lines are joined with one space.
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
		if (left.charAt(last) == '-' && last > 0 && Character.isLetterOrDigit(left.charAt(last - 1))) {
			boolean brokenWord = Character.isLowerCase(left.charAt(last - 1)) && Character.isLowerCase(right.charAt(0));
			// A word broken by the layout loses its hyphen; "2012-" + "2015" or "Secretary-" + "General" keep theirs.
			return brokenWord ? left.substring(0, last) + right : left + right;
		}
		return left + " " + right;
	}
}
