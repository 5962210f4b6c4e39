package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a session report into its texts: each runs from its heading ("Draft resolution II",
 * "Resolution 20/1") to the next heading or the next section of the report ("B. Draft resolutions …",
 * "Chapter II"). A file with one heading or none is one text.
 */
public final class ReportSplitting {

	static final Pattern TEXT_HEADING = Pattern.compile(
			"(?:Draft (?:resolution|decision)(?: [IVXL]+)?|Resolution \\d+/\\d+|Decision \\d+/\\d+)");
	private static final Pattern SECTION = Pattern.compile("(?:[A-H]\\. [A-Z].*|Chapter [IVXL]+|Annex(?:es)?)");

	private ReportSplitting() {
	}

	public static List<List<SourceLine>> split(List<SourceLine> lines) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (TEXT_HEADING.matcher(lines.get(i).text().strip()).matches()) {
				starts.add(i);
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
				// An annex belongs to its text; a report section or chapter ends it.
				if (SECTION.matcher(text).matches() && !text.startsWith("Annex")) {
					end = i;
					break;
				}
			}
			texts.add(lines.subList(starts.get(k), end));
		}
		return texts;
	}
}
