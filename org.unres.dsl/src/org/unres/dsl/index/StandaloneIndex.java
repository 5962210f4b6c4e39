package org.unres.dsl.index;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * An index by name of the texts loaded for one standalone run (the command line, the
 * benchmarks). Without it Xtext answers every lookup of the workspace scope by walking the
 * description of every resource in the resource set, so that checking N texts takes time in N²;
 * the language server and Xtext's own builders install the same kind of index. Exported names
 * come from the parsed text alone (see {@code DocumentIdentity}), so the index can be built
 * before anything is linked.
 */
public final class StandaloneIndex {

	private StandaloneIndex() {
	}

	/** Indexes every resource loaded so far; resources loaded later are not seen by the workspace scope. */
	public static void install(ResourceSet resourceSet) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			IResourceDescription description = describe(resource);
			if (description != null) {
				descriptions.add(description);
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}

	/** Indexes a resource again after its text changed (or for the first time). */
	public static void update(Resource resource) {
		ResourceDescriptionsData data = ResourceDescriptionsData.ResourceSetAdapter
				.findResourceDescriptionsData(resource.getResourceSet());
		IResourceDescription description = describe(resource);
		if (data != null && description != null) {
			data.addDescription(resource.getURI(), description);
		}
	}

	private static IResourceDescription describe(Resource resource) {
		return resource instanceof XtextResource xtext
				? xtext.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource)
				: null;
	}
}
