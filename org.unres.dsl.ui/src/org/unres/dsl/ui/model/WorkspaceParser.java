package org.unres.dsl.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Parses texts as files of the workspace: each into a fresh resource set whose index holds every
 * other file as saved and this text as it is now, so that unsaved edits are checked against the
 * rest of the workspace. Files that the text cites are loaded into the same set when a link is
 * followed. A fresh set per parse keeps threads (reconciler, builder, hovers) apart.
 */
public final class WorkspaceParser {

	private WorkspaceParser() {
	}

	/** A new resource set with the workspace index. */
	public static XtextResourceSet newResourceSet() {
		return withIndex(LanguageServices.get(XtextResourceSet.class), WorkspaceIndex.get().snapshot());
	}

	private static XtextResourceSet withIndex(XtextResourceSet resourceSet, ResourceDescriptionsData index) {
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return resourceSet;
	}

	/** Parses a text as the content of the file at {@code uri}. */
	public static XtextResource parse(URI uri, String text) {
		ResourceDescriptionsData index = WorkspaceIndex.get().snapshot();
		XtextResourceSet resourceSet = withIndex(LanguageServices.get(XtextResourceSet.class), index);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// this text, not the saved file, is what the workspace sees of it now
		index.addDescription(uri, WorkspaceIndex.exportsOf(resource));
		return resource;
	}
}
