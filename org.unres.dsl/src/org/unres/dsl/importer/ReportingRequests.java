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
 * Read are requests to report, to (prepare and) submit or to present something (or "with a view to
 * presenting" it) to a body ("to the Commission", or "to it", the acting body, perhaps "for its
 * consideration") at one of its sessions; requests for a report annually or every few years to a
 * body named, or "submitted … to the Commission at … its sessions"; others (by a year, to nobody
 * named, to share a report with a second body) stay prose.
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
	private static final Pattern REQUEST = Pattern.compile("\\bto (?:prepare and )?(report|submit|present)(?:ing)?\\b([^;]*?)\\bto (?:the ("
			+ String.join("|", BODIES.keySet()) + ")|(it))(?: for its consideration)? at its (reconvened )?([a-z]+(?:-[a-z]+)?) session(?: (on )?(.*?))?[;.]?$");
	/** "to report biennially, starting in 2012, to the Commission on …": a report every so many years. */
	private static final Pattern RECURRING = Pattern.compile("\\bto report (annually|biennially|triennially|quadrennially)"
			+ "(?:, starting in (\\d{4}),)? to the (" + String.join("|", BODIES.keySet()) + ")\\b(?: on (.*?))?[;.]?$");
	/** "a report on the implementation of resolutions should be submitted by the Secretariat to the Commission at … its sessions". */
	private static final Pattern AT_EACH_SESSION = Pattern.compile("\\b(?:[Aa]n?|[Ii]ts)(?: [a-z]+(?: and [a-z]+)?)? report on (.*?)"
			+ " should be submitted by the (" + String.join("|", REPORTERS.keySet()) + ") to the (" + String.join("|", BODIES.keySet())
			+ ") at (?:the part of )?its sessions\\b");
	private static final Map<String, Integer> PERIODS = Map.of("annually", 1, "biennially", 2, "triennially", 3, "quadrennially", 4);
	/** What is submitted, when it is "a report on" something: the something. */
	private static final Pattern A_REPORT_ON = Pattern.compile("^(?:a|its|their) report on ");

	private ReportingRequests() {
	}

	/** As {@link #of(String, String)}, for a text whose acting body is not known. */
	public static String of(String paragraph) {
		return of(paragraph, null);
	}

	/**
	 * The {@code @report} line for a paragraph's plain text (markup removed), or null when it asks
	 * for none in a form read here; {@code actingBody} (such as "GA") is the body "it" names.
	 */
	public static String of(String paragraph, String actingBody) {
		String plain = paragraph.replaceAll("\\[\\^\\d+]", "").replace("[", "").replace("]", "").replace("*", "");
		Matcher request = REQUEST.matcher(plain);
		if (!request.find()) {
			return recurring(plain);
		}
		String body = request.group(3) != null ? BODIES.get(request.group(3)) : actingBody;
		int session = Ordinals.parse(request.group(6));
		if (session == 0 || body == null) {
			return null;
		}
		StringBuilder line = new StringBuilder("@report").append(reporterBefore(plain, request.start()));
		line.append(" to ").append(body).append(" session ").append(session);
		if (request.group(5) != null) {
			line.append(" reconvened");
		}
		String subject = subject(request);
		if (subject != null) {
			line.append(on(subject));
		}
		return line.toString();
	}

	/** A request for a report every year or every few years, or null. */
	private static String recurring(String plain) {
		Matcher periodic = RECURRING.matcher(plain);
		if (periodic.find()) {
			int period = PERIODS.get(periodic.group(1));
			StringBuilder line = new StringBuilder("@report").append(reporterBefore(plain, periodic.start()));
			line.append(" to ").append(BODIES.get(periodic.group(3))).append(period == 1 ? " every year" : " every " + period + " years");
			if (periodic.group(2) != null) {
				line.append(" from ").append(periodic.group(2));
			}
			if (periodic.group(4) != null && !periodic.group(4).isBlank()) {
				line.append(on(periodic.group(4)));
			}
			return line.toString();
		}
		Matcher eachSession = AT_EACH_SESSION.matcher(plain);
		if (eachSession.find()) {
			return "@report by " + REPORTERS.get(eachSession.group(2)) + " to " + BODIES.get(eachSession.group(3))
					+ " every year" + on(eachSession.group(1));
		}
		return null;
	}

	/** " by SG" when the paragraph names who is to report before the request itself, else "". */
	private static String reporterBefore(String plain, int requestStart) {
		Matcher reporter = REPORTER.matcher(plain);
		return reporter.find() && reporter.start() < requestStart ? " by " + REPORTERS.get(reporter.group(1)) : "";
	}

	/** The subject clause of a report line: {@code  on "…"}, without the quotes of the text. */
	private static String on(String subject) {
		return " on \"" + subject.replace("\"", "").strip() + "\"";
	}

	/**
	 * "on …" after the session; for what is submitted or presented straight to the body ("to submit
	 * to the Commission at its … session practical proposals …"), the words after the session.
	 */
	private static String subject(Matcher request) {
		String words = request.group(8);
		if (words == null || words.isBlank()) {
			return null;
		}
		if (request.group(7) != null) {
			return words;
		}
		boolean submittedStraight = !request.group(1).equals("report") && request.group(2).isBlank();
		return submittedStraight ? A_REPORT_ON.matcher(words).replaceFirst("") : null;
	}
}
