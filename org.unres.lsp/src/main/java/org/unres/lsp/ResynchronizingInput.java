package org.unres.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's byte stream, passed on message by message, with the framing repaired. LSP
 * messages are not separated by line breaks, so after one wrong Content-Length a strict reader
 * glues the rest of one message to the header of the next and never finds its footing again.
 * This reader looks for the next "Content-Length:" header anywhere in what it reads, drops what
 * cannot be a message (and says so on standard error), and hands on each message re-framed with
 * its own header. What is inside a message (its JSON) is left to LSP4J, which answers malformed
 * JSON-RPC with errors.
 */
final class ResynchronizingInput extends InputStream {

	/** Header blocks longer than this are not headers; what came before the last header is dropped. */
	private static final int MAX_HEADER_BYTES = 64 * 1024;
	private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)Content-Length:[ \\t]*(\\d{1,9})[ \\t]*\\r?\\n");
	private static final byte[] HEADER_END = { '\r', '\n', '\r', '\n' };

	private final InputStream in;
	private byte[] message = new byte[0];
	private int position;

	ResynchronizingInput(InputStream in) {
		this.in = in;
	}

	@Override
	public int read() throws IOException {
		if (!ensureMessage()) {
			return -1;
		}
		return message[position++] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!ensureMessage()) {
			return -1;
		}
		int count = Math.min(length, message.length - position);
		System.arraycopy(message, position, buffer, offset, count);
		position += count;
		return count;
	}

	@Override
	public int available() {
		return message.length - position;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Makes sure there are bytes of a message to hand on; false at the end of the stream. */
	private boolean ensureMessage() throws IOException {
		while (position >= message.length) {
			byte[] next = nextMessage();
			if (next == null) {
				return false;
			}
			message = next;
			position = 0;
		}
		return true;
	}

	/** Reads up to the next well-framed message and returns it with a clean header; null at the end. */
	private byte[] nextMessage() throws IOException {
		while (true) {
			String header = readHeaderBlock();
			if (header == null) {
				return null;
			}
			ContentLength length = lastContentLength(header);
			if (length == null) {
				dropped("a header without Content-Length", header);
				continue;
			}
			if (length.start() > 0) {
				dropped("bytes that belong to no message", header.substring(0, length.start()));
			}
			int size = length.size();
			byte[] content = in.readNBytes(size);
			if (content.length < size) {
				return null;
			}
			byte[] prefix = ("Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			byte[] framed = new byte[prefix.length + content.length];
			System.arraycopy(prefix, 0, framed, 0, prefix.length);
			System.arraycopy(content, 0, framed, prefix.length, content.length);
			return framed;
		}
	}

	/** The bytes up to an empty line, as Latin-1 text so that byte counts stay exact; null at the end. */
	private String readHeaderBlock() throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < HEADER_END.length) {
			int b = in.read();
			if (b < 0) {
				if (header.size() > 0) {
					dropped("an unfinished message at the end of the stream", header.toString(StandardCharsets.ISO_8859_1));
				}
				return null;
			}
			header.write(b);
			matched = b == HEADER_END[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
			if (header.size() > MAX_HEADER_BYTES) {
				String text = header.toString(StandardCharsets.ISO_8859_1);
				int last = text.toLowerCase().lastIndexOf("content-length:");
				dropped("a header that does not end", text.substring(0, last > 0 ? last : text.length()));
				header.reset();
				if (last > 0) {
					header.write(text.substring(last).getBytes(StandardCharsets.ISO_8859_1));
				}
			}
		}
		return header.toString(StandardCharsets.ISO_8859_1);
	}

	/** The last Content-Length header of a block: where it starts and the size it gives. */
	private record ContentLength(int start, int size) {
	}

	private static ContentLength lastContentLength(String header) {
		Matcher matcher = CONTENT_LENGTH.matcher(header);
		ContentLength last = null;
		while (matcher.find()) {
			last = new ContentLength(matcher.start(), Integer.parseInt(matcher.group(1)));
		}
		return last;
	}

	private static void dropped(String what, String text) {
		String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
		System.err.println("unres-lsp: dropped " + what + " from the client (" + text.length() + " bytes): "
				+ shown.replace("\r", "\\r").replace("\n", "\\n"));
	}
}
