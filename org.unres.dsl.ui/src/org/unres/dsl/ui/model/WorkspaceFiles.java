package org.unres.dsl.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;

/** Loads saved workspace files into a resource set, in the charset Eclipse gives them. */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	public static XtextResource load(ResourceSet resourceSet, IFile file) throws CoreException, IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(SourceFiles.uriOf(file));
		try (InputStream in = file.getContents(true)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, file.getCharset()));
		}
		return resource;
	}
}
