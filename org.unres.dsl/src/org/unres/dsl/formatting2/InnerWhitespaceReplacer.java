package org.unres.dsl.formatting2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * A run of words parsed by one datatype rule ("its resolution 18/3") is one region to the
 * formatter, so the white space between its words is normalised here: one space, lines joined.
 * Regions holding a comment line are left alone.
 */
class InnerWhitespaceReplacer implements ITextReplacer {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private static final Pattern COMMENT_LINE = Pattern.compile("\\n[ \\t]*//");

	private final ISemanticRegion region;

	InnerWhitespaceReplacer(ISemanticRegion region) {
		this.region = region;
	}

	@Override
	public ISemanticRegion getRegion() {
		return region;
	}

	static boolean isNeeded(ISemanticRegion region) {
		String text = region.getText();
		return !COMMENT_LINE.matcher(text).find() && WHITESPACE.matcher(text).results().anyMatch(m -> !m.group().equals(" "));
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		String text = getRegion().getText();
		Matcher matcher = WHITESPACE.matcher(text);
		while (matcher.find()) {
			if (!matcher.group().equals(" ")) {
				context.addReplacement(getRegion().getTextRegionAccess().getRewriter()
						.createReplacement(getRegion().getOffset() + matcher.start(), matcher.end() - matcher.start(), " "));
			}
		}
		return context;
	}
}
