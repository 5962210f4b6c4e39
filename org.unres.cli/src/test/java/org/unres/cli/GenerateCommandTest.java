package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

	@TempDir
	Path folder;

	private final CommandLine commandLine = new CommandLine();

	private int run(String... args) {
		return commandLine.run(args);
	}

	private Path write(String name, String text) throws IOException {
		return SourceTexts.write(folder.resolve("src").resolve(name), text);
	}

	private static List<String> filesUnder(Path root) throws IOException {
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
		}
	}

	@Test
	void everyExampleGetsAknAndHtmlAndTheIndexLinksThem() throws Exception {
		Path examples = Path.of(System.getProperty("unres.examples"));
		Path output = folder.resolve("out");
		assertEquals(Main.OK, run("generate", "-o", output.toString(), examples.toString()), commandLine.err);
		long sources;
		try (Stream<Path> files = Files.list(examples)) {
			sources = files.filter(f -> f.toString().endsWith(".unres")).count();
		}
		List<String> written = filesUnder(output);
		assertEquals(sources, written.stream().filter(f -> f.startsWith("akn/") && f.endsWith(".xml")).count(), written.toString());
		assertEquals(sources + 1, written.stream().filter(f -> f.startsWith("html/")).count(), written.toString());
		assertTrue(written.contains("html/index.html"));
		assertTrue(written.contains("akn/ccpcj-resolution-20-8.xml"), written.toString());
		String index = Files.readString(output.resolve("html/index.html"));
		assertTrue(index.contains("href=\"ccpcj-resolution-20-8.html\""), "the index links each page");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var xml = factory.newDocumentBuilder().parse(output.resolve("akn/ccpcj-resolution-20-8.xml").toFile());
		assertEquals("akomaNtoso", xml.getDocumentElement().getLocalName());
		assertTrue(commandLine.out.contains(Tally.plural(written.size(), "file") + " written to"), commandLine.out);
		assertTrue(commandLine.out.contains("index.html"), "says where to open the result: " + commandLine.out);
	}

	@Test
	void onlyTheRequestedFormat() throws IOException {
		write("20-1.unres", SourceTexts.RESOLUTION_20_1);
		Path output = folder.resolve("out");
		assertEquals(Main.OK, run("generate", "--akn", "-o", output.toString(), folder.resolve("src").toString()), commandLine.err);
		assertEquals(List.of("akn/ccpcj-resolution-20-1.xml"), filesUnder(output));
	}

	@Test
	void aTextWithErrorsGetsNoOutputAndFailsTheRun() throws IOException {
		write("20-1.unres", SourceTexts.RESOLUTION_20_1);
		Path broken = write("20-2.unres", SourceTexts.RESOLUTION_20_1.replace("20/1", "20/2").replace("18/3],", "18/3];"));
		Path output = folder.resolve("out");
		assertEquals(Main.INVALID_TEXTS, run("generate", "-o", output.toString(), folder.resolve("src").toString()));
		assertTrue(commandLine.err.contains(broken + ":9:13: error: A preambular paragraph ends with a comma."), commandLine.err);
		assertEquals(List.of("akn/ccpcj-resolution-20-1.xml", "html/ccpcj-resolution-20-1.html", "html/index.html"),
				filesUnder(output));
		assertTrue(commandLine.out.contains("1 file not generated because of errors"), commandLine.out);
	}

	@Test
	void twoTextsWithTheSameIdentityGetNoOutputRatherThanOverwritingEachOther() throws IOException {
		String unnumbered = SourceTexts.RESOLUTION_20_1.replace("Resolution 20/1\n", "Draft resolution\n@recommended-by CCPCJ session 20\n")
				.replace("@body CCPCJ session 20", "@body ECOSOC").replace("@adopted 15 April 2011\n", "")
				.replace("The Commission on Crime Prevention and Criminal Justice,", "The Economic and Social Council,");
		write("a.unres", unnumbered);
		write("b.unres", unnumbered.replace("governance", "finances"));
		Path output = folder.resolve("out");
		assertEquals(Main.INVALID_TEXTS, run("generate", "--html", "-o", output.toString(), folder.resolve("src").toString()));
		assertTrue(commandLine.err.contains("a.unres:1:1: error: Another document has the same number: b.unres"), commandLine.err);
		assertEquals(List.of(), filesUnder(output));
	}

	@Test
	void sourcesAreOnlyRead() throws IOException {
		Path source = write("20-1.unres", SourceTexts.RESOLUTION_20_1);
		long modified = Files.getLastModifiedTime(source).toMillis();
		assertEquals(Main.OK, run("generate", "-o", folder.resolve("src").toString(), folder.resolve("src").toString()), commandLine.err);
		assertEquals(SourceTexts.RESOLUTION_20_1, Files.readString(source));
		assertEquals(modified, Files.getLastModifiedTime(source).toMillis());
		assertEquals(List.of("20-1.unres", "akn/ccpcj-resolution-20-1.xml", "html/ccpcj-resolution-20-1.html", "html/index.html"),
				filesUnder(folder.resolve("src")));
	}

	@Test
	void usageErrors() throws IOException {
		write("20-1.unres", SourceTexts.RESOLUTION_20_1);
		assertEquals(Main.USAGE, run("generate", folder.resolve("src").toString()));
		assertTrue(commandLine.err.contains("-o OUT"), commandLine.err);
		Path file = Files.writeString(folder.resolve("taken"), "x");
		assertEquals(Main.USAGE, run("generate", "-o", file.toString(), folder.resolve("src").toString()));
		assertTrue(commandLine.err.contains("is a file"), commandLine.err);
		assertEquals(Main.USAGE, run("generate", "-o"));
		assertFalse(Files.exists(folder.resolve("out")));
	}
}
