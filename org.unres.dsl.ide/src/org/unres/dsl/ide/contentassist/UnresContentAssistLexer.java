package org.unres.dsl.ide.contentassist;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.unres.dsl.ide.contentassist.antlr.internal.InternalUnresLexer;
import org.unres.dsl.parser.LineStarts;

/** The content-assist lexer, reading line breaks as the runtime lexer does (see {@link LineStarts}). */
public class UnresContentAssistLexer extends InternalUnresLexer {

	public UnresContentAssistLexer() {
	}

	public UnresContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		if (!LineStarts.lexLineStart(input, state, RULE_COMMENT, this::mRULE_NL)) {
			super.mTokens();
		}
	}
}
