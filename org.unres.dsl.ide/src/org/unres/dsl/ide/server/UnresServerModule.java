package org.unres.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

/**
 * The language server's own services (those above any one language): Xtext's defaults with the
 * semantic token legend of UNRES, protocol errors for unknown methods, and builds whose
 * cancellation leaves no stale diagnostics behind.
 */
public class UnresServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(SemanticTokensService.class).to(UnresSemanticTokensService.class);
		bind(LanguageServerImpl.class).to(UnresLanguageServerImpl.class);
		bind(ProjectManager.class).to(CancellationSafeProjectManager.class);
	}
}
