package org.unres.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic corpus to a folder: {@code WriteCorpus OUT N [SEED] [PARAGRAPHS]}; with
 * PARAGRAPHS, the last text has that many operative paragraphs.
 */
public final class WriteCorpus {

	private WriteCorpus() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: WriteCorpus OUT N [SEED] [PARAGRAPHS-OF-THE-LAST-TEXT]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int size = Integer.parseInt(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
		int lastParagraphs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		SyntheticCorpus corpus = new SyntheticCorpus(seed);
		Files.createDirectories(out);
		for (int i = 0; i < size; i++) {
			SyntheticText text = corpus.text(i, i == size - 1 ? lastParagraphs : 0);
			Files.writeString(out.resolve(text.fileName()), text.content(), StandardCharsets.UTF_8);
		}
	}
}
