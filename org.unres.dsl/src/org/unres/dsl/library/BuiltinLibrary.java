package org.unres.dsl.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import com.google.common.base.Predicate;
import com.google.common.collect.Iterables;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The library that ships with the language ({@code un.unres}): the UN bodies met in the texts,
 * the officers who report, and the openers and verbs of resolutions. Loaded once, read-only.
 */
@Singleton
public class BuiltinLibrary {

	public static final String PATH = "/org/unres/dsl/library/un.unres";
	public static final URI URI_ = URI.createURI("unres-builtin:/library/un.unres");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	private volatile IResourceDescription description;

	public boolean contains(Resource resource) {
		return resource != null && URI_.equals(resource.getURI());
	}

	public IScope scopeFor(EClass type, Predicate<IEObjectDescription> filter) {
		Iterable<IEObjectDescription> exported = description().getExportedObjectsByType(type);
		return new SimpleScope(filter == null ? exported : Iterables.filter(exported, filter));
	}

	private IResourceDescription description() {
		IResourceDescription result = description;
		if (result == null) {
			synchronized (this) {
				if (description == null) {
					description = descriptions.getResourceDescription(load());
				}
				result = description;
			}
		}
		return result;
	}

	private Resource load() {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI_);
		try (InputStream in = BuiltinLibrary.class.getResourceAsStream(PATH)) {
			if (in == null) {
				throw new IllegalStateException("The built-in library " + PATH + " is missing from the class path");
			}
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Resource.Diagnostic> errors = resource.getErrors();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The built-in library does not parse: " + errors.get(0).getMessage()
					+ " at line " + errors.get(0).getLine());
		}
		return resource;
	}
}
