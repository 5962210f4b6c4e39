package org.unres.dsl.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.ICapabilitiesContributor;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.unres.dsl.ide.contentassist.BlockListContentAssistParser;
import org.unres.dsl.ide.contentassist.ParagraphEntryPointFinder;
import org.unres.dsl.ide.contentassist.UnresContentAssistContextFactory;
import org.unres.dsl.ide.contentassist.UnresContentAssistLexer;
import org.unres.dsl.ide.contentassist.UnresContentProposalProvider;
import org.unres.dsl.ide.folding.UnresFoldingRangeProvider;
import org.unres.dsl.ide.formatting.UnresFormattingService;
import org.unres.dsl.ide.highlighting.UnresHighlightingCalculator;
import org.unres.dsl.ide.hover.UnresHoverService;
import org.unres.dsl.ide.navigation.UnresDocumentSymbolService;
import org.unres.dsl.ide.navigation.UnresLocationInFileProvider;
import org.unres.dsl.ide.outline.UnresDocumentSymbols;
import org.unres.dsl.ide.quickfix.UnresCodeActionService;
import org.unres.dsl.ide.quickfix.UnresQuickfixProvider;
import org.unres.dsl.ide.rename.UnresRenameService;
import org.unres.dsl.ide.server.UnresCapabilities;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Platform-neutral editor services, shared by the LSP server and the Eclipse plug-in. */
public class UnresIdeModule extends AbstractUnresIdeModule {

	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
				.to(UnresContentAssistLexer.class);
	}

	@Override
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return UnresContentAssistContextFactory.class;
	}

	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return BlockListContentAssistParser.class;
	}

	public Class<? extends EntryPointFinder> bindEntryPointFinder() {
		return ParagraphEntryPointFinder.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return UnresContentProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return UnresHighlightingCalculator.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return UnresHoverService.class;
	}

	public Class<? extends ILocationInFileProvider> bindILocationInFileProvider() {
		return UnresLocationInFileProvider.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return UnresDocumentSymbolService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return UnresDocumentSymbols.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return UnresFoldingRangeProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return UnresQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return UnresCodeActionService.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return UnresFormattingService.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return UnresRenameService.class;
	}

	public Class<? extends ICapabilitiesContributor> bindICapabilitiesContributor() {
		return UnresCapabilities.class;
	}
}
