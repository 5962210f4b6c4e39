package org.unres.dsl.ui.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/**
 * What every {@code .unres} file of the workspace exports (documents, bodies, officers, phrases),
 * as Xtext's index: the global scope reads it, so a file links to the others without loading
 * them. Entries are refreshed when asked for, from the files whose modification stamp changed.
 */
public final class WorkspaceIndex {

	private static final ILog LOG = ILog.of(WorkspaceIndex.class);
	private static final WorkspaceIndex INSTANCE = new WorkspaceIndex();

	private record Entry(long stamp, IResourceDescription description) {
	}

	private final Map<URI, Entry> entries = new HashMap<>();

	private WorkspaceIndex() {
	}

	public static WorkspaceIndex get() {
		return INSTANCE;
	}

	/** A copy of the index as the files are saved now; callers may change it. */
	public synchronized ResourceDescriptionsData snapshot() {
		Set<URI> present = new HashSet<>();
		for (IFile file : SourceFiles.inWorkspace()) {
			URI uri = SourceFiles.uriOf(file);
			present.add(uri);
			long stamp = file.getModificationStamp();
			Entry entry = entries.get(uri);
			if (entry == null || entry.stamp() != stamp) {
				entries.put(uri, new Entry(stamp, describe(file, uri)));
			}
		}
		entries.keySet().retainAll(present);
		List<IResourceDescription> descriptions = new ArrayList<>();
		entries.values().forEach(entry -> descriptions.add(entry.description()));
		return new ResourceDescriptionsData(descriptions);
	}

	private static IResourceDescription describe(IFile file, URI uri) {
		try {
			return exportsOf(WorkspaceFiles.load(LanguageServices.get(XtextResourceSet.class), file));
		} catch (IOException | CoreException e) {
			LOG.warn("Cannot index " + file.getFullPath() + ": " + e.getMessage());
			SerializableResourceDescription nothing = new SerializableResourceDescription();
			nothing.setURI(uri);
			nothing.setDescriptions(List.of());
			nothing.setImportedNames(List.of());
			nothing.setReferences(List.of());
			return nothing;
		}
	}

	/**
	 * A detached copy of what a resource exports. Only the exported names: copying the references
	 * too would link the resource, which the index does not need.
	 */
	public static IResourceDescription exportsOf(XtextResource resource) {
		IResourceDescription live = resource.getResourceServiceProvider().getResourceDescriptionManager()
				.getResourceDescription(resource);
		List<SerializableEObjectDescription> exported = new ArrayList<>();
		for (IEObjectDescription description : live.getExportedObjects()) {
			SerializableEObjectDescription copy = new SerializableEObjectDescription();
			copy.setEObjectURI(description.getEObjectURI());
			copy.setEClass(description.getEClass());
			copy.setQualifiedName(description.getQualifiedName());
			HashMap<String, String> userData = new HashMap<>();
			for (String key : description.getUserDataKeys()) {
				userData.put(key, description.getUserData(key));
			}
			copy.setUserData(userData);
			exported.add(copy);
		}
		SerializableResourceDescription copy = new SerializableResourceDescription();
		copy.setURI(resource.getURI());
		copy.setDescriptions(exported);
		copy.setImportedNames(List.of());
		copy.setReferences(List.of());
		return copy;
	}
}
