package org.unres.dsl.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unres.dsl.vocabulary.Ordinals;

/**
 * Reads a request to report from an operative paragraph ("requests the Secretary-General to report
 * to the Commission at its twenty-second session on the implementation of the present resolution")
 * and writes it as the language's {@code @report} line: reporter, body and session, subject.
 * Only the plain form is read; other requests stay prose (the validator's hints point at them).
 */
public final class ReportingRequests {

	private static final Map<String, String> REPORTERS = new LinkedHashMap<>();
	private static final Map<String, String> BODIES = new LinkedHashMap<>();
	static {
		REPORTERS.put("Secretary-General", "SG");
		REPORTERS.put("Executive Director of the United Nations Office on Drugs and Crime", "UNODC-ED");
		REPORTERS.put("United Nations Office on Drugs and Crime", "UNODC");
		REPORTERS.put("Secretariat", "SECRETARIAT");
		REPORTERS.put("working group", "WORKING-GROUP");
		BODIES.put("Commission on Crime Prevention and Criminal Justice", "CCPCJ");
		BODIES.put("Commission on Narcotic Drugs", "CND");
		BODIES.put("General Assembly", "GA");
		BODIES.put("Economic and Social Council", "ECOSOC");
		BODIES.put("Commission", "CCPCJ");
		BODIES.put("Assembly", "GA");
		BODIES.put("Council", "ECOSOC");
	}

	private static final Pattern REPORTER = Pattern.compile("\\b(?:[Rr]equests|[Ii]nvites) the (" + String.join("|", REPORTERS.keySet()) + ")\\b");
	private static final Pattern REQUEST = Pattern.compile("\\bto report\\b[^;]*?\\bto the (" + String.join("|", BODIES.keySet())
			+ ") at its (reconvened )?([a-z]+(?:-[a-z]+)?) session(?: on (.*?))?[;.]?$");

	private ReportingRequests() {
	}

	/** The {@code @report} line for a paragraph's plain text (markup removed), or null when it asks for none in the plain form. */
	public static String of(String paragraph) {
		String plain = paragraph.replaceAll("\\[\\^\\d+]", "").replace("[", "").replace("]", "").replace("*", "");
		Matcher request = REQUEST.matcher(plain);
		if (!request.find()) {
			return null;
		}
		int session = sessionNumber(request.group(3));
		if (session < 0) {
			return null;
		}
		StringBuilder line = new StringBuilder("@report");
		Matcher reporter = REPORTER.matcher(plain);
		if (reporter.find() && reporter.start() < request.start()) {
			line.append(" by ").append(REPORTERS.get(reporter.group(1)));
		}
		line.append(" to ").append(BODIES.get(request.group(1))).append(" session ").append(session);
		if (request.group(2) != null) {
			line.append(" reconvened");
		}
		if (request.group(4) != null && !request.group(4).isBlank()) {
			line.append(" on \"").append(request.group(4).replace("\"", "").strip()).append('"');
		}
		return line.toString();
	}

	private static int sessionNumber(String ordinal) {
		for (int n = 1; n < 200; n++) {
			if (Ordinals.of(n).equals(ordinal)) {
				return n;
			}
		}
		return -1;
	}
}
