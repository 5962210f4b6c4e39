package org.unres.dsl.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unres.dsl.vocabulary.Ordinals;

/**
 * What a session report says about all of its texts and no text says itself: the body whose
 * report it is (which recommends its drafts), the session (reconvened or not) and the report's
 * symbol, printed as its page foot. Read from the report's words, never guessed: a part not found
 * stays unknown (null or 0).
 */
public record ReportContext(String body, int session, boolean reconvened, String symbol) {

	private static final Pattern RECOMMENDS = Pattern.compile("\\bThe ((?:\\p{Lu}\\p{L}*|and|on|of)(?: (?:\\p{Lu}\\p{L}*|and|on|of))*) recommends\\b");
	private static final Pattern REPORT_ON = Pattern.compile("\\bReport on the (reconvened )?(\\p{L}+(?:-\\p{L}+)?) session\\b");
	private static final Pattern ADOPTED_AT = Pattern.compile("\\badopted by the [^.:;]*? at its (reconvened )?(\\p{L}+(?:-\\p{L}+)?) session\\b");
	private static final Pattern NUMBERED_TEXT = Pattern.compile("\\s*(?:Resolution|Decision) (\\d+)/\\d+\\s*");

	/**
	 * The context of a report from all of its lines (page furniture included, for the symbol);
	 * {@code bodies} maps the names of bodies to the library's short names.
	 */
	public static ReportContext of(List<SourceLine> lines, Map<String, String> bodies) {
		StringBuilder joined = new StringBuilder();
		Map<String, Integer> symbols = new HashMap<>();
		int numberedSession = 0;
		for (SourceLine line : lines) {
			joined.append(line.text().replace("*", "").strip()).append(' ');
			String symbol = PageFurniture.symbolAlone(line.text().strip());
			if (symbol != null) {
				symbols.merge(symbol, 1, Integer::sum);
			}
			Matcher numbered = NUMBERED_TEXT.matcher(line.text());
			if (numbered.matches() && numberedSession == 0) {
				numberedSession = Integer.parseInt(numbered.group(1));
			}
		}
		String text = joined.toString().replaceAll("\\s+", " ");
		Matcher recommends = RECOMMENDS.matcher(text);
		String body = recommends.find() ? bodies.get(recommends.group(1)) : null;
		int session = numberedSession;
		boolean reconvened = false;
		for (Pattern pattern : List.of(REPORT_ON, ADOPTED_AT)) {
			Matcher said = pattern.matcher(text);
			if (said.find() && Ordinals.parse(said.group(2)) > 0) {
				session = Ordinals.parse(said.group(2));
				reconvened = said.group(1) != null;
				break;
			}
		}
		String symbol = symbols.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		return new ReportContext(body, session, reconvened, symbol);
	}

	/** "session 20 reconvened", or null when the session is not known. */
	public String sessionPhrase() {
		return session == 0 ? null : "session " + session + (reconvened ? " reconvened" : "");
	}
}
