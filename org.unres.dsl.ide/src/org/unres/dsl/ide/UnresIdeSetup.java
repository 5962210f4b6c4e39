package org.unres.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.unres.dsl.UnresRuntimeModule;
import org.unres.dsl.UnresStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector of the language with its editor services, for language servers. */
public class UnresIdeSetup extends UnresStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new UnresRuntimeModule(), new UnresIdeModule()));
	}
}
