package org.unres.dsl.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the running heads and feet of printed pages: the job number with the page number
 * ("20 V.11-82609", "V.11-82609 73") and the document symbol alone on a line ("E/2011/30").
 */
public final class PageFurniture {

	private static final Pattern JOB_NUMBER = Pattern.compile("\\s*(\\d+\\s+)?V\\.\\d\\d-\\d{5}(\\s+\\d+)?\\s*");
	private static final Pattern SYMBOL_ALONE = Pattern.compile("([A-Z]+/\\d{4}/\\d+(?:/Add\\.\\d+)?)\\s*");

	private PageFurniture() {
	}

	public static List<SourceLine> remove(List<SourceLine> lines) {
		return lines.stream().filter(line -> !isFurniture(line.text())).toList();
	}

	static boolean isFurniture(String text) {
		return JOB_NUMBER.matcher(text).matches() || symbolAlone(text) != null;
	}

	/** The document symbol when it opens a line and stands alone on it, as a page's head or foot prints it; else null. */
	static String symbolAlone(String text) {
		Matcher symbol = SYMBOL_ALONE.matcher(text);
		return symbol.matches() ? symbol.group(1) : null;
	}
}
