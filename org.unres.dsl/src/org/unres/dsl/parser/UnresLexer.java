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
		if (!LineStarts.lexLineStart(input, state, RULE_COMMENT, this::mRULE_NL)) {
			super.mTokens();
		}
	}
}
