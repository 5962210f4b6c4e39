package org.unres.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.AliasedEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

/**
 * Shows the elements of another scope whose names start with a prefix under the rest of their
 * name: with the prefix "GA::resolution", the document "GA::resolution::66/8" is "66/8".
 */
final class PrefixedScope implements IScope {

	private final IScope delegate;
	private final QualifiedName prefix;

	PrefixedScope(IScope delegate, QualifiedName prefix) {
		this.delegate = delegate;
		this.prefix = prefix;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription found = delegate.getSingleElement(prefix.append(name));
		return found == null ? null : shortened(found);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return Iterables.transform(delegate.getElements(prefix.append(name)), this::shortened);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return Iterables.getFirst(getElements(object), null);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return Iterables.transform(Iterables.filter(delegate.getElements(object), this::underPrefix), this::shortened);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return Iterables.transform(Iterables.filter(delegate.getAllElements(), this::underPrefix), this::shortened);
	}

	private boolean underPrefix(IEObjectDescription description) {
		QualifiedName name = description.getName();
		return name.getSegmentCount() > prefix.getSegmentCount() && name.startsWith(prefix);
	}

	private IEObjectDescription shortened(IEObjectDescription description) {
		return new AliasedEObjectDescription(description.getName().skipFirst(prefix.getSegmentCount()), description);
	}
}
