package org.unres.dsl.ide.server;

import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.unres.dsl.ide.highlighting.TokenRoles;

/** Announces the token types and modifiers of {@link TokenRoles} as the server's legend. */
public class UnresSemanticTokensService extends SemanticTokensService {

	@Override
	protected void addTokenTypes() {
		getTokenTypes().addAll(TokenRoles.TYPES);
	}

	@Override
	protected void addTokenModifiers() {
		getTokenModifiers().addAll(TokenRoles.MODIFIERS);
	}
}
