package org.unres.dsl.tests.contentassist;

import org.eclipse.xtext.util.Modules2;
import org.unres.dsl.UnresStandaloneSetup;
import org.unres.dsl.ide.UnresIdeModule;
import org.unres.dsl.tests.UnresInjectorProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language with its editor services, as the language server and the Eclipse plug-in create it. */
public class UnresIdeInjectorProvider extends UnresInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new UnresStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new UnresIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
