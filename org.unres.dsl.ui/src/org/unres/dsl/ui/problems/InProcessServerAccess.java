package org.unres.dsl.ui.problems;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.ParsedText;

/**
 * What the language server's code action services ask of a server, answered in-process for the
 * one text a quick fix works on: its parsed resource and document. Edits come back as a map of
 * text edits per file (no versioned document changes).
 */
final class InProcessServerAccess implements ILanguageServerAccess {

	private final ParsedText parsed;

	InProcessServerAccess(ParsedText parsed) {
		this.parsed = parsed;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(new Context(parsed.resource(), parsed.document(), true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter
				.findResourceDescriptionsData(parsed.resource().getResourceSet());
		return CompletableFuture.completedFuture(function.apply(new IndexContext(index, CancelIndicator.NullImpl)));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// one text, no builds
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	/** The resource set of the text: asking it for the text's URI gives the parsed text, not the saved file. */
	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return parsed.resource().getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(false);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceEdit(edits);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		InitializeParams params = new InitializeParams();
		params.setCapabilities(capabilities);
		return params;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}
}
