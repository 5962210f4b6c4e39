package org.unres.dsl.ui.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.unres.dsl.ui.UnresUi;

/**
 * The {@code .unres} files of the workspace and the EMF URIs they are known by: their file system
 * URIs ({@code file:/…/path.unres}), as the language server knows files, so that the IDE services
 * treat them as files of the workspace (and not as the built-in library, which is no file).
 * Derived and hidden files (build output) are left out.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	public static boolean isSource(IResource resource) {
		return resource instanceof IFile file && UnresUi.FILE_EXTENSION.equals(file.getFileExtension())
				&& file.isAccessible() && !file.isDerived(IResource.CHECK_ANCESTORS) && !file.isHidden(IResource.CHECK_ANCESTORS)
				&& !file.isTeamPrivateMember(IResource.CHECK_ANCESTORS);
	}

	/** Every source file under a container (the workspace root, a project, a folder). */
	public static List<IFile> in(IContainer container) {
		List<IFile> files = new ArrayList<>();
		try {
			container.accept(proxy -> {
				if (proxy.getType() == IResource.FILE) {
					IResource resource = proxy.requestResource();
					if (isSource(resource)) {
						files.add((IFile) resource);
					}
					return false;
				}
				return !proxy.isDerived() && !proxy.isHidden() && !proxy.isTeamPrivateMember();
			}, IResource.NONE);
		} catch (CoreException e) {
			// a container closed or deleted meanwhile has no files
		}
		return files;
	}

	public static List<IFile> inWorkspace() {
		return in(ResourcesPlugin.getWorkspace().getRoot());
	}

	public static URI uriOf(IFile file) {
		IPath location = file.getLocation();
		return location != null ? URI.createFileURI(location.toFile().getAbsolutePath())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file a URI names, or null for a file outside the workspace. */
	public static IFile fileOf(URI uri) {
		if (uri == null) {
			return null;
		}
		URI file = uri.trimFragment();
		if (file.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(file.toPlatformString(true)));
		}
		if (file.isFile()) {
			IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(file.toString()));
			return found.length == 0 ? null : found[0];
		}
		return null;
	}
}
