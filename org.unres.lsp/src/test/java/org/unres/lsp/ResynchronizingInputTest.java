package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The client's stream reaches LSP4J as well-framed messages, whatever came in between. */
class ResynchronizingInputTest {

	private static final String HOVER = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\"}";
	private static final String EXIT = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"text\":\"größer – “quoted”\"}";

	private static String frame(String json) {
		return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
	}

	private static String passedOn(String input) throws Exception {
		try (ResynchronizingInput in = new ResynchronizingInput(
				new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void wellFramedMessagesPassUnchanged() throws Exception {
		String input = frame(HOVER) + frame(EXIT);
		assertEquals(input, passedOn(input));
	}

	@Test
	void otherHeadersAreDroppedAndLengthsCountBytes() throws Exception {
		String input = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame(EXIT);
		assertEquals(frame(EXIT), passedOn(input));
	}

	@Test
	void garbageBetweenMessagesIsSkipped() throws Exception {
		String input = frame(HOVER) + "no header here\r\n\r\n" + "Content-Length: abc\r\n\r\n" + frame(EXIT);
		assertEquals(frame(HOVER) + frame(EXIT), passedOn(input));
	}

	@Test
	void aLengthTooLongCostsTheNextMessageOnly() throws Exception {
		String tooLong = "Content-Length: " + (HOVER.length() + 1) + "\r\n\r\n" + HOVER;
		String input = tooLong + frame(HOVER) + frame(EXIT);
		// the first message takes one byte of the second's header; the second is lost, the third arrives
		String passed = passedOn(input);
		assertEquals(frame(EXIT), passed.substring(passed.length() - frame(EXIT).length()));
		assertEquals(2, passed.split("Content-Length: ", -1).length - 1, passed);
	}

	@Test
	void aLengthTooShortIsFollowedByTheNextMessage() throws Exception {
		String tooShort = "Content-Length: 10\r\n\r\n" + HOVER;
		String passed = passedOn(tooShort + frame(EXIT));
		assertEquals("Content-Length: 10\r\n\r\n" + HOVER.substring(0, 10) + frame(EXIT), passed);
	}

	@Test
	void anUnfinishedMessageAtTheEndIsDropped() throws Exception {
		assertEquals(frame(HOVER), passedOn(frame(HOVER) + "Content-Length: 500\r\n\r\n{\"jsonrpc\""));
	}
}
