package org.unres.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.unres.dsl.parser.antlr.internal.InternalUnresLexer;

/**
 * The generated lexer, reading a line break that opens no label as a plain line break, and a
 * comment on the first line (which no line break leads) as a comment.
 */
public class UnresLexer extends InternalUnresLexer {

	public UnresLexer() {
	}

	public UnresLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		if (LineStarts.isLeadingComment(input)) {
			LineStarts.consumeLine(input);
			state.type = RULE_COMMENT;
			state.channel = DEFAULT_TOKEN_CHANNEL;
		} else if (LineStarts.isPlainLineBreak(input)) {
			mRULE_NL();
		} else {
			super.mTokens();
		}
	}
}
