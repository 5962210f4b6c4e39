package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

/** The folders the build hands to the tests: the bundled examples and the shared corpus. */
public final class Workspaces {

	private Workspaces() {
	}

	public static Path examplesFolder() {
		return folder("unres.examples");
	}

	public static Path sharedFolder() {
		return folder("unres.shared");
	}

	private static Path folder(String property) {
		String value = System.getProperty(property);
		assertNotNull(value, "the build sets the system property " + property);
		Path folder = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), property + " is not a folder: " + folder);
		return folder;
	}

	public static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.list(examplesFolder())) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".unres")).sorted().toList();
			assertFalse(found.isEmpty(), "no .unres files in " + examplesFolder());
			return found;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Loads every example into one resource set, as a workspace, and resolves all links. */
	public static ResourceSet loadExamples(ResourceSet workspace) {
		for (Path file : exampleFiles()) {
			workspace.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(workspace);
		return workspace;
	}

	public static XtextResource resourceOf(ResourceSet workspace, Path file) {
		return (XtextResource) workspace.getResource(URI.createFileURI(file.toString()), true);
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
