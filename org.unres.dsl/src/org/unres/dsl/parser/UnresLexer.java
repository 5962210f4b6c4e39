package org.unres.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.unres.dsl.parser.antlr.internal.InternalUnresLexer;

/** The generated lexer, reading a line break that opens no label as a plain line break. */
public class UnresLexer extends InternalUnresLexer {

	public UnresLexer() {
	}

	public UnresLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		if (LineStarts.isPlainLineBreak(input)) {
			mRULE_NL();
		} else {
			super.mTokens();
		}
	}
}
