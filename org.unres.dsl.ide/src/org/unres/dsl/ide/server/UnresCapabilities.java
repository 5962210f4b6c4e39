package org.unres.dsl.ide.server;

import java.util.List;

import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.ICapabilitiesContributor;

/**
 * Adjusts what the server announces: completion opens on the characters that start UNRES
 * vocabulary ("*" of an opener or verb, "[" of a citation, "@" of a heading line), and signature
 * help, which prose has no use for, is not offered.
 */
public class UnresCapabilities implements ICapabilitiesContributor {

	public static final List<String> COMPLETION_TRIGGERS = List.of("*", "[", "@");

	@Override
	public ServerCapabilities contribute(ServerCapabilities capabilities, InitializeParams params) {
		CompletionOptions completion = capabilities.getCompletionProvider();
		if (completion == null) {
			completion = new CompletionOptions();
			capabilities.setCompletionProvider(completion);
		}
		completion.setTriggerCharacters(COMPLETION_TRIGGERS);
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}
}
