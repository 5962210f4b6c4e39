package org.unres.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a synthetic corpus to a folder: {@code WriteCorpus OUT N [SEED]}. */
public final class WriteCorpus {

	private WriteCorpus() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: WriteCorpus OUT N [SEED]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int size = Integer.parseInt(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
		Files.createDirectories(out);
		for (SyntheticText text : new SyntheticCorpus(seed).texts(size)) {
			Files.writeString(out.resolve(text.fileName()), text.content(), StandardCharsets.UTF_8);
		}
	}
}
