package org.unres.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

/**
 * The language server's own services (those above any one language): Xtext's defaults with the
 * semantic token legend of UNRES and protocol errors for unknown methods.
 */
public class UnresServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(SemanticTokensService.class).to(UnresSemanticTokensService.class);
		bind(LanguageServerImpl.class).to(UnresLanguageServerImpl.class);
	}
}
