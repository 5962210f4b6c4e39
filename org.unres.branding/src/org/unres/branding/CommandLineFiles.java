package org.unres.branding;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the files named on the command line ({@code --open FILE...}) once the workbench is up:
 * a file of the workspace as such, any other file from the file system.
 */
public class CommandLineFiles implements IStartup {

	static final String OPTION = "--open";

	@Override
	public void earlyStartup() {
		List<File> files = filesIn(Platform.getApplicationArgs());
		if (files.isEmpty()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			if (window == null || window.getActivePage() == null) {
				return;
			}
			for (File file : files) {
				open(window.getActivePage(), file);
			}
		});
	}

	/** The files after {@code --open}, up to the next option. */
	static List<File> filesIn(String[] args) {
		List<File> files = new ArrayList<>();
		boolean reading = false;
		for (String arg : args) {
			if (arg.equals(OPTION)) {
				reading = true;
			} else if (arg.startsWith("-")) {
				reading = false;
			} else if (reading) {
				files.add(new File(arg).getAbsoluteFile());
			}
		}
		return files;
	}

	private static void open(IWorkbenchPage page, File file) {
		try {
			IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toURI());
			if (inWorkspace.length > 0 && inWorkspace[0].exists()) {
				IDE.openEditor(page, inWorkspace[0]);
			} else {
				IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().fromLocalFile(file));
			}
		} catch (CoreException e) {
			ILog.of(CommandLineFiles.class).error("Cannot open " + file, e);
		}
	}
}
