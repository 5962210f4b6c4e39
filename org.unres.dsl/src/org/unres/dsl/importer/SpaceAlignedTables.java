package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds a table that PDF text prints as space-aligned columns ({@code 001/12}) into the
 * tab-separated rows the rest of the importer reads. A table is a run of at least three rows of a
 * label followed by figures ("Post 4 517.2 4 210.9 13 14"), with label-only group rows between them;
 * above it, separated by a blank line, its caption, then its head. The head's phrases are laid over
 * the columns: the last as many as there are columns of figures are the lower row, the ones before
 * spread evenly over them. Head cells are written in italics, as the published tables print them.
 * Where the head does not fit the columns, the head stays as it was, with a warning.
 */
public final class SpaceAlignedTables {

	/** A figure: "4 517.2" (thousands separated by a space), "13", or a dash for none. */
	private static final String FIGURE = "(?:[–—-]|\\d{1,3}(?: \\d{3})*(?:\\.\\d+)?)";
	private static final Pattern ROW = Pattern.compile("(\\p{L}[\\p{L}\\p{Pd} ()',]*?)\\s+(" + FIGURE + "(?:\\s+" + FIGURE + ")+)");
	private static final Pattern FIGURES = Pattern.compile(FIGURE);
	/** A group row: one phrase of words, no figures; a head line holds several, apart by two spaces or more. */
	private static final Pattern GROUP = Pattern.compile("\\p{Lu}[\\p{L}\\p{Pd}()',]*(?: [\\p{L}\\p{Pd}()',]+)*");
	private static final int MIN_ROWS = 3;

	private SpaceAlignedTables() {
	}

	public static List<SourceLine> rebuild(List<SourceLine> lines, List<ImportWarning> warnings) {
		List<SourceLine> out = new ArrayList<>(lines);
		int i = 0;
		while (i < out.size()) {
			int end = tableEnd(out, i);
			if (end < 0) {
				i++;
				continue;
			}
			int firstRow = withGroupAbove(out, i);
			int headStart = headStart(out, firstRow);
			List<SourceLine> table = rebuildTable(out, headStart, firstRow, end, warnings);
			out.subList(headStart, end).clear();
			out.addAll(headStart, table);
			i = headStart + table.size();
		}
		return out;
	}

	/** The end (exclusive) of a table whose first row is line {@code start}, or -1 when none starts there. */
	private static int tableEnd(List<SourceLine> lines, int start) {
		if (!isRow(lines.get(start).text())) {
			return -1;
		}
		int rows = 0;
		int end = start;
		for (int k = start; k < lines.size(); k++) {
			String text = lines.get(k).text().strip();
			if (isRow(text)) {
				rows++;
				end = k + 1;
			} else if (!text.isEmpty() && !GROUP.matcher(text).matches()) {
				break;
			}
		}
		return rows >= MIN_ROWS ? end : -1;
	}

	/** A row of figures printed with spaces: a tab-separated one is a table already. */
	private static boolean isRow(String line) {
		return line.indexOf('\t') < 0 && ROW.matcher(line.strip()).matches();
	}

	/** The table's first line: its first row of figures, or the group row right above it ("General-purpose funds"). */
	private static int withGroupAbove(List<SourceLine> lines, int firstFigures) {
		int k = firstFigures - 1;
		while (k >= 0 && lines.get(k).isBlank()) {
			k--;
		}
		String text = k < 0 ? "" : lines.get(k).text().strip();
		return k >= 0 && GROUP.matcher(text).matches() && !text.endsWith(",") ? k : firstFigures;
	}

	/** The first line of the caption and head above a table: up to the end of the paragraph before. */
	private static int headStart(List<SourceLine> lines, int firstRow) {
		int k = firstRow;
		while (k > 0 && !endsParagraph(lines.get(k - 1).text().strip())) {
			k--;
		}
		while (k < firstRow && lines.get(k).isBlank()) {
			k++;
		}
		return k;
	}

	private static boolean endsParagraph(String text) {
		return text.matches(".*[.;:]");
	}

	private static List<SourceLine> rebuildTable(List<SourceLine> lines, int headStart, int firstRow, int end,
			List<ImportWarning> warnings) {
		List<SourceLine> above = lines.subList(headStart, firstRow);
		int captionEnd = 0;
		while (captionEnd < above.size() && !above.get(captionEnd).isBlank()) {
			captionEnd++;
		}
		boolean hasCaption = captionEnd < above.size();
		List<SourceLine> caption = hasCaption ? above.subList(0, captionEnd) : List.of();
		List<SourceLine> head = above.subList(hasCaption ? captionEnd : 0, above.size());

		int columns = 0;
		for (SourceLine line : lines.subList(firstRow, end)) {
			Matcher row = ROW.matcher(line.text().strip());
			if (row.matches()) {
				columns = Math.max(columns, figures(row.group(2)).size());
			}
		}
		List<SourceLine> out = new ArrayList<>();
		if (!caption.isEmpty()) {
			out.add(new SourceLine(caption.get(0).number(), String.join(" ", caption.stream().map(l -> l.text().strip()).toList())));
			out.add(blank(caption.get(0).number()));
		}
		List<List<String>> headRows = headRows(phrases(head), columns);
		if (headRows == null) {
			warnings.add(new ImportWarning(head.isEmpty() ? lines.get(firstRow).number() : head.get(0).number(),
					"the head of a table printed as space-aligned columns does not fit its " + columns
							+ " columns of figures; kept as lines above the table: check it"));
			head.stream().filter(line -> !line.isBlank()).forEach(line -> {
				out.add(new SourceLine(line.number(), line.text().strip()));
				out.add(blank(line.number()));
			});
		} else {
			int number = head.isEmpty() ? lines.get(firstRow).number() : head.get(0).number();
			for (List<String> cells : headRows) {
				out.add(new SourceLine(number, String.join("\t", cells.stream().map(c -> c.isEmpty() ? "" : "<i>" + c + "</i>").toList())));
				out.add(blank(number));
			}
		}
		for (SourceLine line : lines.subList(firstRow, end)) {
			String text = line.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			Matcher row = ROW.matcher(text);
			if (row.matches()) {
				cells.add(row.group(1).strip());
				cells.addAll(figures(row.group(2)));
				if (cells.size() - 1 < columns) {
					warnings.add(new ImportWarning(line.number(), "a row of a space-aligned table has fewer figures than the table has columns;"
							+ " they are put in the first columns: check them"));
				}
			} else {
				cells.add(text);
			}
			while (cells.size() < columns + 1) {
				cells.add("");
			}
			out.add(new SourceLine(line.number(), String.join("\t", cells)));
			out.add(blank(line.number()));
		}
		return out;
	}

	private static SourceLine blank(int number) {
		return new SourceLine(number, "");
	}

	private static List<String> figures(String text) {
		List<String> figures = new ArrayList<>();
		Matcher figure = FIGURES.matcher(text);
		while (figure.find()) {
			figures.add(figure.group());
		}
		return figures;
	}

	/**
	 * The head's phrases in reading order: pieces of lines split at runs of two or more spaces, a
	 * piece that ends with a comma or leaves a parenthesis open going on into the next.
	 */
	static List<String> phrases(List<SourceLine> head) {
		List<String> phrases = new ArrayList<>();
		String open = null;
		for (SourceLine line : head) {
			for (String piece : line.text().strip().split("\\s{2,}")) {
				if (piece.isEmpty()) {
					continue;
				}
				String phrase = open == null ? piece : open + " " + piece;
				if (phrase.endsWith(",") || count(phrase, '(') > count(phrase, ')')) {
					open = phrase;
				} else {
					phrases.add(phrase);
					open = null;
				}
			}
		}
		if (open != null) {
			phrases.add(open);
		}
		return phrases;
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	/** The head rows, the first cell of each the empty stub over the labels; null when the phrases do not fit. */
	private static List<List<String>> headRows(List<String> phrases, int columns) {
		if (phrases.isEmpty()) {
			return List.of();
		}
		if (phrases.size() < columns) {
			return null;
		}
		List<String> lower = phrases.subList(phrases.size() - columns, phrases.size());
		List<String> upper = phrases.subList(0, phrases.size() - columns);
		List<List<String>> rows = new ArrayList<>();
		if (!upper.isEmpty()) {
			if (columns % upper.size() != 0) {
				return null;
			}
			List<String> row = new ArrayList<>();
			row.add("");
			int span = columns / upper.size();
			for (String phrase : upper) {
				row.add(phrase);
				row.addAll(Collections.nCopies(span - 1, ""));
			}
			rows.add(row);
		}
		List<String> row = new ArrayList<>();
		row.add("");
		row.addAll(lower);
		rows.add(row);
		return rows;
	}
}
