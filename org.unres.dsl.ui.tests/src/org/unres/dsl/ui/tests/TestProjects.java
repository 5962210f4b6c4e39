package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.unres.dsl.ui.builder.UnresNature;

/** Workspace projects holding the bundled examples, the test data of every UI test. */
final class TestProjects {

	private TestProjects() {
	}

	static Path examplesFolder() {
		String value = System.getProperty("unres.examples");
		assertNotNull(value, "the build sets the system property unres.examples");
		Path folder = Path.of(value);
		assertTrue(Files.isDirectory(folder), "unres.examples is not a folder: " + folder);
		return folder;
	}

	static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.list(examplesFolder())) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".unres")).sorted().toList();
			assertFalse(found.isEmpty(), "no examples in " + examplesFolder());
			return found;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	static String example(String name) {
		try {
			return Files.readString(examplesFolder().resolve(name));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** A new project (replacing one of the same name) with a copy of every example. */
	static IProject withExamples(String name, boolean withBuilder) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		for (Path example : exampleFiles()) {
			write(project.getFile(example.getFileName().toString()), read(example));
		}
		if (withBuilder) {
			UnresNature.addTo(project, new NullProgressMonitor());
		}
		return project;
	}

	static void setAutoBuilding(boolean on) throws CoreException {
		IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		description.setAutoBuilding(on);
		ResourcesPlugin.getWorkspace().setDescription(description);
	}

	static void delete(IProject project) throws CoreException {
		if (project != null && project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	static void write(IFile file, String text) throws CoreException {
		InputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.FORCE, new NullProgressMonitor());
		} else {
			file.create(content, IResource.FORCE, new NullProgressMonitor());
		}
	}

	static String read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
