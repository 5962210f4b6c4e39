package org.unres.dsl.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;

import com.google.common.collect.ImmutableList;

/**
 * An index of the texts loaded for one standalone run (the command line, the benchmarks), by
 * name and by type. Without it Xtext answers every lookup of the workspace scope by walking the
 * description of every resource in the resource set, so that checking N texts takes time in N²;
 * the language server and Xtext's own builders install the same kind of index by name. All texts
 * of a standalone run see one another, so what is visible by type (the bodies and phrases every
 * text lists) is the same for all of them and is listed once. Exported names come from the parsed
 * text alone (see {@code DocumentIdentity}), so the index can be built before anything is linked.
 */
public final class StandaloneIndex extends ResourceDescriptionsData {

	private final Map<EClass, IScope> byType = new HashMap<>();

	private StandaloneIndex(List<IResourceDescription> descriptions) {
		super(descriptions);
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
		ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new StandaloneIndex(descriptions));
	}

	/** The index installed on the resource set, or null. */
	public static StandaloneIndex of(ResourceSet resourceSet) {
		return resourceSet != null && ResourceSetAdapter.findResourceDescriptionsData(resourceSet) instanceof StandaloneIndex index
				? index
				: null;
	}

	/** Indexes a resource again after its text changed (or for the first time); nothing without an index. */
	public static void update(Resource resource) {
		StandaloneIndex index = of(resource.getResourceSet());
		if (index == null) {
			return;
		}
		IResourceDescription description = describe(resource);
		if (description != null) {
			index.addDescription(resource.getURI(), description);
		}
	}

	/**
	 * Everything of the type (or a subtype) the texts export, as a scope that also answers by
	 * name; computed once until a text changes.
	 */
	public synchronized IScope exportedOfType(EClass type) {
		return byType.computeIfAbsent(type,
				t -> MultimapBasedScope.createScope(IScope.NULLSCOPE, ImmutableList.copyOf(getExportedObjectsByType(t)), false));
	}

	@Override
	public synchronized void addDescription(URI uri, IResourceDescription newDescription) {
		forgetTypes();
		super.addDescription(uri, newDescription);
	}

	@Override
	public synchronized void removeDescription(URI uri) {
		forgetTypes();
		super.removeDescription(uri);
	}

	/** The superclass's constructor may add descriptions before this class's fields exist. */
	private void forgetTypes() {
		if (byType != null) {
			byType.clear();
		}
	}

	private static IResourceDescription describe(Resource resource) {
		return resource instanceof XtextResource xtext
				? xtext.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource)
				: null;
	}
}
