package org.unres.dsl.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.unres.dsl.ui.editor.LineTokens.Kind;
import org.unres.dsl.ui.editor.LineTokens.Span;

/**
 * Lexical highlighting for the presentation reconciler: tokens line by line from
 * {@link LineTokens}, clipped to the range the reconciler repairs.
 */
public class UnresTokenScanner implements ITokenScanner {

	private static final Map<Kind, IToken> TOKENS = new EnumMap<>(Kind.class);

	static {
		put(Kind.COMMENT, TokenColors.COMMENT, SWT.ITALIC);
		put(Kind.TITLE, TokenColors.HEADING, SWT.BOLD);
		put(Kind.HEADING, TokenColors.HEADING, SWT.BOLD);
		put(Kind.KIND, TokenColors.HEADING, SWT.BOLD);
		put(Kind.METADATA, TokenColors.METADATA, SWT.BOLD);
		put(Kind.KEYWORD, TokenColors.METADATA, SWT.BOLD);
		put(Kind.LABEL, TokenColors.LABEL, SWT.BOLD);
		put(Kind.OPENER, TokenColors.OPENER, SWT.ITALIC);
		put(Kind.VERB, TokenColors.VERB, SWT.ITALIC);
		put(Kind.EMPHASIS, null, SWT.ITALIC);
		put(Kind.CITATION, TokenColors.CITATION, SWT.NORMAL);
		put(Kind.FOOTNOTE, TokenColors.FOOTNOTE, SWT.NORMAL);
		put(Kind.QUOTATION, TokenColors.QUOTATION, SWT.NORMAL);
		put(Kind.STRING, TokenColors.QUOTATION, SWT.NORMAL);
		put(Kind.TABLE, TokenColors.TABLE, SWT.NORMAL);
	}

	private static void put(Kind kind, RGB rgb, int style) {
		TOKENS.put(kind, new Token(new TextAttribute(rgb == null ? null : new Color(rgb), null, style)));
	}

	private static final IToken PLAIN = new Token(null);

	private record Run(int offset, int length, IToken token) {
	}

	private final List<Run> runs = new ArrayList<>();
	private int next;
	private Run current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		runs.clear();
		next = 0;
		current = null;
		int end = offset + length;
		try {
			String text = document.get();
			int titleOffset = titleOffset(text);
			boolean library = isLibrary(text);
			int line = document.getLineOfOffset(offset);
			int position = offset;
			while (position < end && line < document.getNumberOfLines()) {
				IRegion lineRegion = document.getLineInformation(line);
				String lineText = document.get(lineRegion.getOffset(), lineRegion.getLength());
				boolean inHeader = titleOffset < 0 || lineRegion.getOffset() < titleOffset;
				for (Span span : LineTokens.of(lineText, inHeader, library)) {
					int spanStart = Math.max(lineRegion.getOffset() + span.start(), position);
					int spanEnd = Math.min(lineRegion.getOffset() + span.end(), end);
					if (spanStart >= spanEnd) {
						continue;
					}
					addPlain(position, spanStart);
					runs.add(new Run(spanStart, spanEnd - spanStart, TOKENS.get(span.kind())));
					position = spanEnd;
				}
				line++;
				int lineEnd = line < document.getNumberOfLines() ? document.getLineOffset(line) : document.getLength();
				addPlain(position, Math.min(lineEnd, end));
				position = Math.max(position, Math.min(lineEnd, end));
			}
		} catch (BadLocationException e) {
			runs.clear();
			addPlain(offset, end);
		}
	}

	private void addPlain(int from, int to) {
		if (to > from) {
			runs.add(new Run(from, to - from, PLAIN));
		}
	}

	/** The offset of the title line ("# …"), or -1 when the text has none yet. */
	static int titleOffset(String text) {
		if (text.startsWith("#")) {
			return 0;
		}
		int index = text.indexOf("\n#");
		return index < 0 ? -1 : index + 1;
	}

	/** Whether the file is a library: its first word, after comments, is "library". */
	static boolean isLibrary(String text) {
		for (String line : text.split("\n", 50)) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			return trimmed.startsWith("library ");
		}
		return false;
	}

	@Override
	public IToken nextToken() {
		if (next >= runs.size()) {
			current = null;
			return Token.EOF;
		}
		current = runs.get(next++);
		return current.token();
	}

	@Override
	public int getTokenOffset() {
		return current == null ? 0 : current.offset();
	}

	@Override
	public int getTokenLength() {
		return current == null ? 0 : current.length();
	}
}
