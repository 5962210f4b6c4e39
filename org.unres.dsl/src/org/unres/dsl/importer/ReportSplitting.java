package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a session report into its texts: each runs from its heading ("Draft resolution II",
 * "Resolution 20/1") to the next heading or the next section of the report ("B. Draft resolutions …",
 * "Chapter II"). A lone draft that the report prints without a heading, right under "… the adoption
 * of the following draft decision:", starts at its title. A file with one text or none is one text.
 */
public final class ReportSplitting {

	static final Pattern TEXT_HEADING = Pattern.compile(
			"(?:Draft (?:resolution|decision)(?: [IVXL]+)?|Resolution \\d+/\\d+|Decision \\d+/\\d+)");
	/** The report's sentence before a lone text: "… recommends … the adoption of the following draft decision:". */
	private static final Pattern LEAD_IN = Pattern.compile(".*\\bthe following draft (?:resolution|decision):");
	/** A section of chapter I ("B. Draft decision recommended …", "D. Matters brought …") or a chapter; not "A. Subprogramme 1" of an annex. */
	private static final Pattern SECTION = Pattern.compile("(?:[A-H]\\. (?:Draft|Matters|Resolutions?|Decisions?)\\b.*|Chapter [IVXL]+)");

	private ReportSplitting() {
	}

	/**
	 * The texts of a report, each a list of its lines. Lines of the report outside any text (its
	 * other chapters, section headings) are not imported; each such stretch that holds words is
	 * named in a warning, so that a text printed without a heading is not lost unnoticed.
	 */
	public static List<List<SourceLine>> split(List<SourceLine> lines, List<ImportWarning> warnings) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).text().strip();
			if (TEXT_HEADING.matcher(text).matches()) {
				starts.add(i);
			} else if (LEAD_IN.matcher(text).matches()) {
				int next = nextWorded(lines, i + 1);
				if (next < lines.size() && !TEXT_HEADING.matcher(lines.get(next).text().strip()).matches()) {
					// A lone text printed under the report's sentence, without a heading: its title comes first.
					starts.add(next);
				}
			}
		}
		if (starts.size() <= 1) {
			return List.of(lines);
		}
		List<List<SourceLine>> texts = new ArrayList<>();
		for (int k = 0; k < starts.size(); k++) {
			int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
			for (int i = starts.get(k) + 1; i < end; i++) {
				String text = lines.get(i).text().strip();
				if (SECTION.matcher(text).matches()) {
					end = i;
					break;
				}
			}
			texts.add(lines.subList(starts.get(k), end));
			int outsideEnd = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
			warnOutside(lines.subList(end, outsideEnd), warnings);
		}
		warnOutside(lines.subList(0, starts.get(0)), warnings);
		return texts;
	}

	private static int nextWorded(List<SourceLine> lines, int from) {
		int i = from;
		while (i < lines.size() && lines.get(i).text().isBlank()) {
			i++;
		}
		return i;
	}

	private static void warnOutside(List<SourceLine> skipped, List<ImportWarning> warnings) {
		List<SourceLine> worded = skipped.stream().filter(line -> line.text().matches(".*\\p{L}{2,}.*")).toList();
		if (!worded.isEmpty()) {
			warnings.add(new ImportWarning(worded.get(0).number(), "lines " + worded.get(0).number() + "-"
					+ worded.get(worded.size() - 1).number() + " are outside any text of the report and not imported"
					+ " (a text printed without a heading would be among them)"));
		}
	}
}
