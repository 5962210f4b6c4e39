package org.unres.dsl.ide.highlighting;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.unres.Citation;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.FootnoteReference;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.UnresPackage;

/**
 * Marks what a drafter scans for: the italic openers of the preamble, the italic verbs of the
 * operative part, citations in brackets, footnote markers and notes, and the unprinted @-lines.
 */
public class UnresHighlightingCalculator implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		String text = resource.getParseResult().getRootNode().getText();
		TreeIterator<EObject> contents = resource.getAllContents();
		int visited = 0;
		while (contents.hasNext()) {
			if (++visited % 1000 == 0 && cancelIndicator.isCanceled()) {
				return;
			}
			EObject object = contents.next();
			if (object instanceof PreambularParagraph) {
				mark(text, object, UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER, acceptor, TokenRoles.KEYWORD,
						TokenRoles.OPENER);
			} else if (object instanceof Paragraph) {
				mark(text, object, UnresPackage.Literals.PARAGRAPH__LEAD, acceptor, TokenRoles.FUNCTION, TokenRoles.VERB);
			} else if (object instanceof Citation) {
				mark(text, NodeModelUtils.getNode(object), acceptor, TokenRoles.NAMESPACE, TokenRoles.CITATION);
				contents.prune();
			} else if (object instanceof FootnoteReference) {
				mark(text, NodeModelUtils.getNode(object), acceptor, TokenRoles.NUMBER, TokenRoles.FOOTNOTE);
			} else if (object instanceof Footnote) {
				mark(text, object, UnresPackage.Literals.FOOTNOTE__NAME, acceptor, TokenRoles.NUMBER, TokenRoles.FOOTNOTE);
			} else if (object instanceof Metadata || object instanceof ReportingRequest) {
				markKeyword(text, object, acceptor);
			}
		}
	}

	private static void mark(String text, EObject object, EStructuralFeature feature,
			IHighlightedPositionAcceptor acceptor, String... ids) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			mark(text, node, acceptor, ids);
		}
	}

	/** The @-word that starts a metadata or report line ("@body", "@report"). */
	private static void markKeyword(String text, EObject object, IHighlightedPositionAcceptor acceptor) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				if (leaf.getText().startsWith("@")) {
					mark(text, leaf, acceptor, TokenRoles.DECORATOR, TokenRoles.METADATA);
				}
				return;
			}
		}
	}

	/**
	 * Marks a node's text without the line break and indentation that line-led tokens carry, one
	 * range per line, since LSP clients need not support tokens that span lines.
	 */
	static void mark(String text, INode node, IHighlightedPositionAcceptor acceptor, String... ids) {
		if (node == null) {
			return;
		}
		int start = node.getOffset();
		int end = node.getEndOffset();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int lineStart = start;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (i > lineStart) {
					acceptor.addPosition(lineStart, i - lineStart, ids);
				}
				lineStart = i + 1;
			}
		}
		if (end > lineStart) {
			acceptor.addPosition(lineStart, end - lineStart, ids);
		}
	}
}
