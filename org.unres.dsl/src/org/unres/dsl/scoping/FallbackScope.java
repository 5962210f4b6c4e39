package org.unres.dsl.scoping;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

/** A scope that answers from a first scope and falls back to a second for names it lacks. */
final class FallbackScope implements IScope {

	private final IScope first;
	private final IScope fallback;

	FallbackScope(IScope first, IScope fallback) {
		this.first = first;
		this.fallback = fallback;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription found = first.getSingleElement(name);
		return found != null ? found : fallback.getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		Iterable<IEObjectDescription> found = first.getElements(name);
		return Iterables.isEmpty(found) ? fallback.getElements(name) : found;
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		IEObjectDescription found = first.getSingleElement(object);
		return found != null ? found : fallback.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return Iterables.concat(first.getElements(object), fallback.getElements(object));
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		Set<QualifiedName> shadowed = new HashSet<>();
		for (IEObjectDescription description : first.getAllElements()) {
			shadowed.add(description.getName());
		}
		return Iterables.concat(first.getAllElements(),
				Iterables.filter(fallback.getAllElements(), d -> !shadowed.contains(d.getName())));
	}
}
