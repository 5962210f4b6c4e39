package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8CheckTest {

	@TempDir
	Path folder;

	@Test
	void validUtf8IncludingNonAsciiPasses() throws IOException {
		Path file = folder.resolve("ok.unres");
		Files.writeString(file, "“Quoted” é \uD83D\uDE00\n", StandardCharsets.UTF_8);
		assertNull(Utf8Check.firstMalformed(file));
	}

	@Test
	void theFirstMalformedByteIsPlacedByLineAndColumn() throws IOException {
		Path file = folder.resolve("bad.unres");
		byte[] head = "line one\n“ab".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 2];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0x80;
		bytes[head.length + 1] = 'c';
		Files.write(file, bytes);
		Issue issue = Utf8Check.firstMalformed(file);
		assertEquals(2, issue.getLineNumber());
		assertEquals(4, issue.getColumn());
		assertTrue(issue.getMessage().contains("0x80"), issue.getMessage());
	}

	@Test
	void theCommandReportsInvalidUtf8AsAnErrorAndGeneratesNothingForIt() throws IOException {
		Path good = folder.resolve("in/good.unres");
		Files.createDirectories(good.getParent());
		String text = "Resolution 2011/1\n@body ECOSOC\n@adopted 1 July 2011\n\n# Title\n\nThe Economic and Social Council,\n\n"
				+ "1. *Requests* the Secretariat to act.\n";
		Files.writeString(good, text);
		byte[] bytes = text.replace("Resolution 2011/1", "Resolution 2011/2").getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 5] = (byte) 0xC3; // a two-byte sequence cut short inside the last line
		Files.write(folder.resolve("in/bad.unres"), bytes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Main.run(List.of("generate", "-o", folder.resolve("out").toString(), folder.resolve("in").toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String messages = err.toString(StandardCharsets.UTF_8);
		assertEquals(Main.INVALID_TEXTS, exit, messages);
		assertTrue(messages.matches("(?s).*bad\\.unres:9:34: error: the file is not valid UTF-8: byte 0xC3.*"), messages);
		assertTrue(Files.exists(folder.resolve("out/akn/ecosoc-resolution-2011-1.xml")), "the valid text is still generated");
		try (var listing = Files.list(folder.resolve("out/akn"))) {
			assertEquals(1, listing.count());
		}
	}
}
