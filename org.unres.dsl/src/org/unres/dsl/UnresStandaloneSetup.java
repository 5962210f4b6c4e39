package org.unres.dsl;

/** Initializes the language outside Eclipse (command line, tests, LSP server). */
public class UnresStandaloneSetup extends UnresStandaloneSetupGenerated {

	public static void doSetup() {
		new UnresStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
