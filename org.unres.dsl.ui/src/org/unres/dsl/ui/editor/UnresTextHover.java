package org.unres.dsl.ui.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;

/**
 * Hovers from the language's IHoverService, as the language server shows them; Markdown is shown
 * as plain text.
 */
public class UnresTextHover implements ITextHover {

	private static final ILog LOG = ILog.of(UnresTextHover.class);

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			String text = DocumentModel.of(viewer.getDocument()).read(parsed -> hover(parsed, region.getOffset()));
			return text == null || text.isBlank() ? null : text;
		} catch (RuntimeException e) {
			LOG.error("Hover failed", e);
			return null;
		}
	}

	/** The hover text at an offset, or null. */
	public static String hover(ParsedText parsed, int offset) {
		HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.resource().getURI().toString()),
				parsed.positionOf(offset));
		Hover hover = LanguageServices.get(IHoverService.class).hover(parsed.document(), parsed.resource(), params,
				CancelIndicator.NullImpl);
		return hover == null || hover.getContents() == null ? null : plainText(hover.getContents());
	}

	private static String plainText(Either<List<Either<String, MarkedString>>, MarkupContent> contents) {
		if (contents.isRight()) {
			return MarkdownText.plain(contents.getRight().getValue());
		}
		return contents.getLeft().stream().map(item -> item.isLeft() ? item.getLeft() : item.getRight().getValue())
				.map(MarkdownText::plain).collect(Collectors.joining("\n\n"));
	}
}
