package org.unres.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/** Leaves a comment line exactly as written (it carries its own line break, as line-led tokens do). */
class CommentKeeper implements ITextReplacer {

	private final IComment comment;

	CommentKeeper(IComment comment) {
		this.comment = comment;
	}

	@Override
	public IComment getRegion() {
		return comment;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		return context;
	}
}
