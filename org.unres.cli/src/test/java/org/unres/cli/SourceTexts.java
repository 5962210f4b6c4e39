package org.unres.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small valid text the command-line tests vary, and a way to put texts into a folder. */
final class SourceTexts {

	/** Valid, with a citation of a text outside the folder and a reporting request. */
	static final String RESOLUTION_20_1 = """
			Resolution 20/1
			@body CCPCJ session 20
			@adopted 15 April 2011

			# Improving the governance of the Office

			The Commission on Crime Prevention and Criminal Justice,

			*Recalling* [its resolution 18/3],

			1. *Requests* the Executive Director to report to the Commission at its twenty-first session.
			@report by UNODC-ED to CCPCJ session 21
			""";

	private SourceTexts() {
	}

	/** Writes the text to the file, creating its folders. */
	static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}
}
