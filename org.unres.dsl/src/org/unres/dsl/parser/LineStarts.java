package org.unres.dsl.parser;

import org.antlr.runtime.BaseRecognizer;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.RecognizerSharedState;

/**
 * Decides, at a line break, whether the next line opens with a line-led token ("12.", "(a)",
 * "a. ", "- ", "[^3]:", "#", "|", "//"). ANTLR's lexer commits to such a token after two or three
 * characters and cannot back off, so a line that merely starts with a word ("body", "2011 was")
 * would be lexed as a broken label; the lexers ask here first and read a plain line break instead.
 */
public final class LineStarts {

	private LineStarts() {
	}

	/** A generated lexer rule, such as the one for a plain line break. */
	@FunctionalInterface
	public interface LexerRule {
		void match() throws RecognitionException;
	}

	/**
	 * Lexes what the generated rules cannot tell apart, for the runtime and the content-assist
	 * lexers alike: a comment that opens the file, or a plain line break. Returns false, having
	 * consumed nothing, when the input holds neither.
	 */
	public static boolean lexLineStart(CharStream input, RecognizerSharedState state, int commentType,
			LexerRule plainLineBreak) throws RecognitionException {
		if (isLeadingComment(input)) {
			consumeLine(input);
			state.type = commentType;
			state.channel = BaseRecognizer.DEFAULT_TOKEN_CHANNEL;
			return true;
		}
		if (isPlainLineBreak(input)) {
			plainLineBreak.match();
			return true;
		}
		return false;
	}

	/** Whether a comment opens the file: it has no line break before it to lead it. */
	private static boolean isLeadingComment(CharStream input) {
		return input.index() == 0 && input.LA(1) == '/' && input.LA(2) == '/';
	}

	/** Consumes the rest of the line, leaving the line break. */
	private static void consumeLine(CharStream input) {
		while (input.LA(1) != '\n' && input.LA(1) != '\r' && input.LA(1) != CharStream.EOF) {
			input.consume();
		}
	}

	/** Whether the input at its current position is a line break that opens no line-led token. */
	private static boolean isPlainLineBreak(CharStream input) {
		int i = 1;
		if (input.LA(i) == '\r') {
			i++;
		}
		if (input.LA(i) != '\n') {
			return false;
		}
		i++;
		while (input.LA(i) == ' ' || input.LA(i) == '\t') {
			i++;
		}
		return !opensLineLedToken(input, i);
	}

	private static boolean opensLineLedToken(CharStream input, int i) {
		int c = input.LA(i);
		switch (c) {
		case '#':
		case '|':
			return true;
		case '/':
			return input.LA(i + 1) == '/';
		case '-':
			return isBlank(input.LA(i + 1));
		case '[':
			return footnoteDefinition(input, i + 1);
		case '(':
			return letterLabel(input, i + 1);
		default:
			if (isDigit(c)) {
				return paragraphNumber(input, i);
			}
			return c >= 'a' && c <= 'z' && input.LA(i + 1) == '.' && isBlank(input.LA(i + 2));
		}
	}

	/** digits ('.' digits)* '.' */
	private static boolean paragraphNumber(CharStream input, int i) {
		while (true) {
			if (!isDigit(input.LA(i))) {
				return false;
			}
			while (isDigit(input.LA(i))) {
				i++;
			}
			if (input.LA(i) != '.') {
				return false;
			}
			i++;
			if (!isDigit(input.LA(i))) {
				return true;
			}
		}
	}

	/** '(' [a-z]+ ')' */
	private static boolean letterLabel(CharStream input, int i) {
		int start = i;
		while (input.LA(i) >= 'a' && input.LA(i) <= 'z') {
			i++;
		}
		return i > start && input.LA(i) == ')';
	}

	/** '^' digits ']' ':' */
	private static boolean footnoteDefinition(CharStream input, int i) {
		if (input.LA(i) != '^') {
			return false;
		}
		i++;
		int start = i;
		while (isDigit(input.LA(i))) {
			i++;
		}
		return i > start && input.LA(i) == ']' && input.LA(i + 1) == ':';
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isBlank(int c) {
		return c == ' ' || c == '\t';
	}
}
