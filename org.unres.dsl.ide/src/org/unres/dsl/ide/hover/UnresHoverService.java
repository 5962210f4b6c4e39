package org.unres.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.unres.dsl.ide.navigation.TextRegions;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Hovers: over an italic opener or verb, how it is used; over any word of a citation, what it
 * cites (the cited text's title when it is in the workspace); over a body, an officer or a
 * footnote marker, what it names.
 */
@Singleton
public class UnresHoverService extends HoverService {

	@Inject
	private PhraseUsage phraseUsage;

	@Inject
	private CitationSummary citationSummary;

	@Inject
	private ElementDocumentation documentation;

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		if (document == null || resource == null || resource.getParseResult() == null) {
			return IHoverService.EMPTY_HOVER;
		}
		int offset = document.getOffSet(params.getPosition());
		ILeafNode leaf = leafAt(resource, offset);
		if (leaf == null) {
			return IHoverService.EMPTY_HOVER;
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (isEmphasis(leaf)) {
			if (element instanceof PreambularParagraph paragraph) {
				return hover(resource, phraseUsage.ofOpener(resource, paragraph.getOpener()), TextRegions.trimmed(leaf));
			}
			if (element instanceof Paragraph paragraph && paragraph.getLead() != null) {
				return hover(resource, phraseUsage.ofVerb(resource, paragraph.getLead()), TextRegions.trimmed(leaf));
			}
		}
		Citation citation = EcoreUtil2.getContainerOfType(element, Citation.class);
		if (citation != null) {
			String summary = citationSummary.of(citation);
			if (summary != null) {
				return hover(resource, summary, TextRegions.of(citation));
			}
		}
		EObject target = elements.resolveCrossReferencedElementAt(resource, offset);
		if (target != null && !target.eIsProxy()) {
			String text = documentation.of(target);
			if (text != null) {
				return hover(resource, text, TextRegions.trimmed(leaf));
			}
		}
		return IHoverService.EMPTY_HOVER;
	}

	/** The token under the cursor, or the one just before it when the cursor is at its end. */
	private static ILeafNode leafAt(XtextResource resource, int offset) {
		INode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if ((leaf == null || leaf.isHidden()) && offset > 0) {
			ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
			if (before != null && !before.isHidden()) {
				return before;
			}
		}
		return leaf == null || leaf.isHidden() ? null : leaf;
	}

	private static boolean isEmphasis(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof RuleCall call && "EMPHASIS".equals(call.getRule().getName());
	}

	private Hover hover(XtextResource resource, String markdown, ITextRegion region) {
		Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown));
		if (region != null) {
			hover.setRange(documentExtensions.newRange(resource, region));
		}
		return hover;
	}
}
