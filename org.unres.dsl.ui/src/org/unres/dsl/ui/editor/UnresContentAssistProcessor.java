package org.unres.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;

/**
 * Content assist through Xtext's ContentAssistService, as the language server offers it: the
 * proposals come from the IdeContentProposalProvider the IDE module binds (openers, verbs,
 * bodies, cited texts), and each completion's text edit becomes an Eclipse proposal.
 */
public class UnresContentAssistProcessor implements IContentAssistProcessor {

	private static final ILog LOG = ILog.of(UnresContentAssistProcessor.class);

	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		try {
			return DocumentModel.of(viewer.getDocument()).read(parsed -> proposals(parsed, offset))
					.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			LOG.error("Content assist failed", e);
			error = "Content assist failed: " + e.getMessage();
			return new ICompletionProposal[0];
		}
	}

	private static List<ICompletionProposal> proposals(ParsedText parsed, int offset) {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(parsed.resource().getURI().toString()),
				parsed.positionOf(offset));
		List<CompletionItem> items = LanguageServices.get(ContentAssistService.class)
				.createCompletionList(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl).getItems();
		return items.stream().filter(item -> item.getTextEdit() != null && item.getTextEdit().isLeft())
				.map(item -> toProposal(parsed, item, offset)).toList();
	}

	private static ICompletionProposal toProposal(ParsedText parsed, CompletionItem item, int offset) {
		TextEdit edit = item.getTextEdit().getLeft();
		int start = parsed.offsetOf(edit.getRange().getStart());
		int end = Math.max(parsed.offsetOf(edit.getRange().getEnd()), offset);
		String display = item.getLabel() + (item.getDetail() == null || item.getDetail().isBlank() ? "" : " — " + item.getDetail());
		return new TextEditProposal(edit.getNewText(), start, end - start, display, documentationOf(item));
	}

	private static String documentationOf(CompletionItem item) {
		if (item.getDocumentation() == null) {
			return null;
		}
		return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
				: ((MarkupContent) item.getDocumentation().getRight()).getValue();
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	/** Typing "*" at the start of a paragraph asks for its opener or verb. */
	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '*' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
