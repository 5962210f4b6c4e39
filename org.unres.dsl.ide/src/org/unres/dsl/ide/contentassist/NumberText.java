package org.unres.dsl.ide.contentassist;

/** Document numbers as citations write them: "57/270 B" for the index's "57/270B". */
final class NumberText {

	private NumberText() {
	}

	static String of(String indexed) {
		return indexed.replaceFirst("^(\\d+/\\d+)([A-Z])$", "$1 $2").replaceFirst("^(\\d+)(\\(.*)$", "$1 $2");
	}
}
