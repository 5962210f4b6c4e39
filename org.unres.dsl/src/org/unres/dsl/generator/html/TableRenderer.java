package org.unres.dsl.generator.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unres.dsl.generator.html.TableCells.Cell;
import org.unres.dsl.unres.Table;

/**
 * Prints a table as the UN prints its resource tables: caption above, header rows, figures
 * aligned right, group rows in italics, total rows set off. Rows shorter than the widest are
 * completed with empty cells so that the table has one shape.
 */
class TableRenderer {

	private static final Pattern ITALIC = Pattern.compile("\\*([^*]+)\\*");
	private static final Pattern FIGURE = Pattern.compile("[-\u2013\u2212+(]?[\\d\u00A0 .,]*\\d[\\d\u00A0 .,]*\\)?%?|[-\u2013\u2014]");
	private static final Pattern TOTAL = Pattern.compile("(?i)(sub-?)?total\\b.*");

	void write(Table table, HtmlWriter out) {
		TableCells cells = new TableCells(table);
		out.start("table", "class", "data");
		if (table.getCaption() != null) {
			out.start("caption");
			writeInline(table.getCaption(), out);
			out.end("caption");
		}
		if (!cells.header.isEmpty()) {
			out.newline().start("thead");
			for (List<Cell> row : cells.header) {
				writeRow(row, "th", cells.columns, out);
			}
			out.end("thead");
		}
		out.newline().start("tbody");
		for (List<Cell> row : cells.body) {
			writeRow(row, "td", cells.columns, out);
		}
		out.end("tbody").end("table").newline();
	}

	private static void writeRow(List<Cell> row, String element, int columns, HtmlWriter out) {
		boolean total = !row.isEmpty() && TOTAL.matcher(ITALIC.matcher(row.get(0).text()).replaceAll("$1")).matches();
		// A row with words in its first cell only heads the rows below it ("General-purpose funds").
		boolean group = element.equals("td") && !row.isEmpty() && !row.get(0).text().isEmpty()
				&& row.stream().skip(1).allMatch(cell -> cell.text().isEmpty());
		out.newline().start("tr", "class", total ? "total" : group ? "group" : null);
		int used = 0;
		for (Cell cell : row) {
			boolean figure = FIGURE.matcher(cell.text()).matches();
			out.start(element, "colspan", cell.span() > 1 ? String.valueOf(cell.span()) : null,
					"class", figure ? "figure" : null);
			writeInline(cell.text(), out);
			out.end(element);
			used += cell.span();
		}
		for (; used < columns; used++) {
			out.start(element).end(element);
		}
		out.end("tr");
	}

	/** Text with *italics*. */
	private static void writeInline(String text, HtmlWriter out) {
		Matcher italic = ITALIC.matcher(text);
		int start = 0;
		while (italic.find()) {
			out.text(text.substring(start, italic.start()));
			out.element("i", italic.group(1));
			start = italic.end();
		}
		out.text(text.substring(start));
	}
}
