package org.unres.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.unres.dsl.unres.Table;

/**
 * Reads the rows of a table as written ("| a | b |", a separator "|---|---|" under the header
 * rows) into cells. In a header row an empty cell right of a filled one continues it, as in the
 * printed two-level headers ("Resources (thousands of United States dollars)" over two years).
 */
final class TableCells {

	/** One cell: its text as written (with *italics*) and the number of columns it spans. */
	record Cell(String text, int span) {
	}

	private static final Pattern SEPARATOR = Pattern.compile(":?-{1,}:?");

	final List<List<Cell>> header = new ArrayList<>();
	final List<List<Cell>> body = new ArrayList<>();
	final int columns;

	TableCells(Table table) {
		List<List<String>> rows = new ArrayList<>();
		int separator = -1;
		for (String row : table.getRows()) {
			List<String> cells = split(row);
			if (cells.stream().allMatch(cell -> SEPARATOR.matcher(cell).matches())) {
				// Rows above the first separator are the header; a later separator is only a rule.
				separator = separator < 0 ? rows.size() : separator;
			} else {
				rows.add(cells);
			}
		}
		int widest = 0;
		for (int i = 0; i < rows.size(); i++) {
			List<Cell> cells = i < separator ? merged(rows.get(i)) : plain(rows.get(i));
			(i < separator ? header : body).add(cells);
			widest = Math.max(widest, cells.stream().mapToInt(Cell::span).sum());
		}
		columns = widest;
	}

	/**
	 * The cells of a row, given without its opening bar (the grammar's value): "a | b |" gives "a",
	 * "b"; "| b |" gives "", "b"; a missing closing bar is forgiven.
	 */
	static List<String> split(String row) {
		String text = row.strip();
		if (text.endsWith("|")) {
			text = text.substring(0, text.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : text.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	private static List<Cell> plain(List<String> texts) {
		return texts.stream().map(text -> new Cell(text, 1)).toList();
	}

	private static List<Cell> merged(List<String> texts) {
		List<Cell> cells = new ArrayList<>();
		for (String text : texts) {
			int last = cells.size() - 1;
			if (text.isEmpty() && last >= 0 && !cells.get(last).text().isEmpty()) {
				cells.set(last, new Cell(cells.get(last).text(), cells.get(last).span() + 1));
			} else {
				cells.add(new Cell(text, 1));
			}
		}
		return cells;
	}
}
