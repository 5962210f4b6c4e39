package org.unres.dsl.ui.builder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.unres.dsl.generator.AtomicFiles;

/**
 * The folder of a project where the builder writes the outputs of its texts, as the command line
 * lays them out ({@code unres generate}): {@code generated/akn/NAME.xml} and
 * {@code generated/html/NAME.html} with an {@code index.html}. The folder belongs to the builder:
 * files it no longer writes are removed, a clean removes it, and it is marked derived.
 */
final class GeneratedOutput {

	static final String FOLDER = "generated";
	static final String AKN = "akn";
	static final String HTML = "html";

	private final IProject project;
	private final Set<Path> written = new HashSet<>();
	private final Path root;

	GeneratedOutput(IProject project) {
		this.project = project;
		this.root = project.getLocation() == null ? null : project.getLocation().toFile().toPath().resolve(FOLDER);
	}

	/** Whether the project lives on the local file system, where outputs are written. */
	boolean isWritable() {
		return root != null;
	}

	IFolder folder() {
		return project.getFolder(FOLDER);
	}

	/** Writes one output whole or not at all: a temporary file beside it, renamed into place. */
	void write(String subfolder, String fileName, String text) throws IOException {
		Path target = root.resolve(subfolder).resolve(fileName);
		AtomicFiles.write(target, text);
		written.add(target);
	}

	/**
	 * Ends a build: removes the outputs of texts that have none any more (deleted, renamed, or now
	 * with errors) and shows the folder's new state in the workspace.
	 */
	void finish(IProgressMonitor monitor) throws IOException, CoreException {
		for (String subfolder : List.of(AKN, HTML)) {
			Path folder = root.resolve(subfolder);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			List<Path> stale = new ArrayList<>();
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
				for (Path file : files) {
					if (Files.isRegularFile(file) && !written.contains(file)) {
						stale.add(file);
					}
				}
			}
			for (Path file : stale) {
				Files.deleteIfExists(file);
			}
		}
		IFolder folder = folder();
		folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		if (folder.exists() && !folder.isDerived()) {
			folder.setDerived(true, monitor);
		}
	}

	/** Removes everything the builder generated. */
	void clean(IProgressMonitor monitor) throws CoreException {
		IFolder folder = folder();
		folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		if (folder.exists()) {
			folder.delete(true, monitor);
		}
	}
}
