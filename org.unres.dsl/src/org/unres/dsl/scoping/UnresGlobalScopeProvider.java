package org.unres.dsl.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.unres.dsl.index.StandaloneIndex;
import org.unres.dsl.library.BuiltinLibrary;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The index of the workspace, backed by the library of UN bodies and vocabulary that ships with
 * the language. A workspace library may extend it, or shadow a declaration by its name.
 */
public class UnresGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltinLibrary builtinLibrary;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		IScope workspace = super.getScope(resource, ignoreCase, type, filter);
		if (builtinLibrary.contains(resource)) {
			return workspace;
		}
		return new FallbackScope(workspace, builtinLibrary.scopeFor(type, filter));
	}

	/**
	 * Everything of one type that a resource can see, for lookups that follow no reference. In a
	 * standalone run every text sees all the others, and the index lists each type once.
	 */
	public IScope getVisible(Resource resource, EClass type) {
		StandaloneIndex index = resource == null ? null : StandaloneIndex.of(resource.getResourceSet());
		if (index != null && !builtinLibrary.contains(resource)) {
			return new FallbackScope(index.exportedOfType(type), builtinLibrary.scopeFor(type, null));
		}
		return getScope(resource, false, type, null);
	}
}
