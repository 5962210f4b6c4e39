package org.unres.lsp;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/** File URIs as the server writes them (Xtext's form: "file:///path"). */
final class Uris {

	private Uris() {
	}

	static String of(Path file) {
		String uri = URI.createFileURI(file.toAbsolutePath().normalize().toString()).toString();
		return uri.startsWith("file:/") && !uri.startsWith("file:///") ? "file://" + uri.substring("file:".length()) : uri;
	}

	static Path toPath(String uri) {
		return Path.of(java.net.URI.create(uri));
	}
}
