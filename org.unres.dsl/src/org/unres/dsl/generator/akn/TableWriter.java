package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unres.dsl.unres.Table;

/**
 * A table as Akoma Ntoso's HTML-like {@code <table>}: the caption line as {@code <caption>}, the
 * rows above the separator row ({@code |---|---|}) as header cells {@code <th>}, the others as
 * {@code <td>}; each cell holds a paragraph, with {@code *…*} in italics.
 */
final class TableWriter {

	private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
	private static final Pattern ITALIC = Pattern.compile("\\*([^*]+)\\*");

	private final AknContext context;

	TableWriter(AknContext context) {
		this.context = context;
	}

	void write(Table table, String owner) {
		XmlOut out = context.out;
		List<List<String>> rows = new ArrayList<>();
		int separator = -1;
		for (String row : table.getRows()) {
			List<String> cells = cellsOf(row);
			if (separator < 0 && isSeparator(cells)) {
				separator = rows.size();
			} else {
				rows.add(cells);
			}
		}
		out.block("table").attr("eId", context.eids.next(owner, "table"));
		if (table.getCaption() != null && !table.getCaption().isBlank()) {
			out.textElement("caption", table.getCaption().strip());
		}
		if (rows.isEmpty()) {
			rows.add(List.of(""));
		}
		for (int r = 0; r < rows.size(); r++) {
			out.block("tr");
			for (String cell : rows.get(r)) {
				// a cell on one line: its text is the cell's whole text, with no layout around it
				out.mixed(r < separator ? "th" : "td").inline("p");
				cell(cell);
				out.end().end();
			}
			out.end();
		}
		out.end();
	}

	private void cell(String text) {
		Matcher italic = ITALIC.matcher(text);
		int from = 0;
		while (italic.find()) {
			context.out.text(text.substring(from, italic.start()));
			context.out.inline("i").text(italic.group(1)).end();
			from = italic.end();
		}
		context.out.text(text.substring(from));
	}

	/** The cells of a row as written after its first "|": "a | b |" has cells "a" and "b". */
	static List<String> cellsOf(String row) {
		String text = row == null ? "" : row.strip();
		if (text.endsWith("|")) {
			text = text.substring(0, text.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : text.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	private static boolean isSeparator(List<String> cells) {
		return cells.stream().allMatch(cell -> SEPARATOR_CELL.matcher(cell).matches());
	}
}
