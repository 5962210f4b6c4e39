package org.unres.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real editor as the client: Neovim, headless, attaches the packaged server to a file of a
 * copy of the examples in which one verb is misspelt (src/test/neovim), and reports the
 * diagnostics it received and the definition it found for a citation of another file.
 */
class NeovimIT {

	private static final Path SCRIPT = Path.of("src", "test", "neovim", "run-neovim-client.sh");

	@Test
	void neovimShowsTheDiagnosticsAndFollowsACitationToAnotherFile(@TempDir Path workspace) throws Exception {
		ExampleWorkspace examples = ExampleWorkspace.load();
		ExampleWorkspace.Citation citation = examples.crossFileCitations().stream()
				.filter(c -> !examples.operativeParagraphs(examples.documentIn(c.citingFile())).isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionError("no example with operative paragraphs cites another"));
		for (Path file : Examples.files()) {
			Files.copy(file, workspace.resolve(file.getFileName()));
		}

		// The verb's last letter becomes another one: offsets stay as they were.
		String text = Examples.read(citation.citingFile());
		Paragraph paragraph = examples.operativeParagraphs(examples.documentIn(citation.citingFile())).get(0);
		int lead = ExampleWorkspace.offsetOf(paragraph, UnresPackage.Literals.PARAGRAPH__LEAD);
		int last = text.indexOf('*', lead + 1) - 1;
		char other = text.charAt(last) == 'z' ? 'q' : 'z';
		Path opened = workspace.resolve(citation.citingFile().getFileName());
		Files.writeString(opened, text.substring(0, last) + other + text.substring(last + 1));

		Position citing = TextPositions.of(text, citation.offset() + 1);
		Path output = workspace.resolve("neovim-received.json");
		Process neovim = new ProcessBuilder("bash", SCRIPT.toString(), LspSession.builtJar().toString(),
				workspace.toString(), opened.toString(), String.valueOf(citing.getLine()),
				String.valueOf(citing.getCharacter()), output.toString())
				.redirectErrorStream(true).redirectOutput(workspace.resolve("neovim.log").toFile()).start();
		assertTrue(neovim.waitFor(420, TimeUnit.SECONDS), "Neovim finished");
		String log = Files.readString(workspace.resolve("neovim.log"));
		assertEquals(0, neovim.exitValue(), "the Neovim run: " + log
				+ (Files.exists(output) ? Files.readString(output) : ""));

		JsonObject received = JsonParser.parseString(Files.readString(output)).getAsJsonObject();
		assertFalse(received.has("error"), received.toString());
		int verbLine = TextPositions.of(text, lead).getLine();
		boolean unknownVerb = false;
		for (JsonElement diagnostic : received.getAsJsonArray("diagnostics")) {
			JsonObject d = diagnostic.getAsJsonObject();
			unknownVerb |= IssueCodes.UNKNOWN_VERB.equals(d.get("code").getAsString()) && d.get("line").getAsInt() == verbLine;
		}
		assertTrue(unknownVerb, "Neovim shows the misspelt verb on line " + (verbLine + 1) + ": " + received);

		JsonArray definition = received.getAsJsonArray("definition");
		assertEquals(1, definition.size(), received.toString());
		JsonObject location = definition.get(0).getAsJsonObject();
		assertEquals(Uris.of(workspace.resolve(citation.citedFile().getFileName())), location.get("uri").getAsString());
		int heading = NodeModelUtils.findNodesForFeature(citation.cited(), UnresPackage.Literals.DOCUMENT__KIND).get(0)
				.getOffset();
		assertEquals(TextPositions.of(Examples.read(citation.citedFile()), heading).getLine(),
				location.get("line").getAsInt(), "the definition is the cited text's heading");
	}
}
