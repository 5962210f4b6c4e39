package org.unres.dsl.tests;

/** Small test inputs around a heading that is valid on its own. */
public final class Texts {

	private Texts() {
	}

	/** The heading of resolution 20/99 of the Commission, adopted at its twentieth session. */
	public static final String HEADING = """
			Resolution 20/99
			@body CCPCJ session 20
			@adopted 15 April 2011 meeting 10

			# Testing the editorial rules

			The Commission on Crime Prevention and Criminal Justice,
			""";

	/** A valid preamble and operative part to vary. */
	public static final String VALID_BODY = """

			*Recalling* its resolution 18/3 of 24 April 2009,

			*Deeply concerned* about the financial situation,

			1. *Requests* the Secretariat to act;

			2. *Also requests* the Secretariat to report.
			""";

	public static String resolution(String body) {
		return HEADING + body;
	}

	public static String valid() {
		return resolution(VALID_BODY);
	}
}
