package org.unres.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Sources are UTF-8. The parser would silently turn malformed bytes into U+FFFD, so the command
 * checks the bytes first and reports the first malformed one where it stands.
 */
final class Utf8Check {

	static final String CODE = "org.unres.cli.invalidUtf8";

	private Utf8Check() {
	}

	/** An error at the first malformed byte sequence of the file, or null when the file is valid UTF-8. */
	static Issue firstMalformed(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			return null;
		}
		// The decoder stops at the bad bytes: what it decoded so far gives line and column.
		int line = 1;
		int column = 1;
		for (int i = 0; i < out.position(); i++) {
			if (out.get(i) == '\n') {
				line++;
				column = 1;
			} else if (!Character.isLowSurrogate(out.get(i))) {
				column++;
			}
		}
		int offset = in.position();
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setLineNumber(line);
		issue.setColumn(column);
		issue.setLineNumberEnd(line);
		issue.setColumnEnd(column + 1);
		issue.setOffset(offset);
		issue.setLength(result.length());
		issue.setCode(CODE);
		issue.setMessage(String.format("the file is not valid UTF-8: byte 0x%02X at byte offset %d cannot be read; save the file as UTF-8",
				bytes[offset] & 0xff, offset));
		return issue;
	}
}
