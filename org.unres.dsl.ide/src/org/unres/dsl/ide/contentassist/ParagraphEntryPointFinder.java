package org.unres.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.unres.dsl.services.UnresGrammarAccess;

import com.google.inject.Inject;

/**
 * Lets content assist parse from the start of the block (paragraph, footnote, table, request) or
 * annex around the cursor instead of from the top of the text, so that a long resolution is not lexed
 * and parsed again up to the cursor on every request. Xtext never starts at an element of a list,
 * since what may follow the element is then unknown; {@link BlockListContentAssistParser} parses
 * from the block as the rest of its list, so nothing is lost. Above the first block (the heading
 * lines, the formula) the text is parsed from the top.
 */
public class ParagraphEntryPointFinder extends EntryPointFinder {

	@Inject
	private UnresGrammarAccess grammar;

	/** The block to start at, or null: parse from the top (Xtext's own guesses are not used). */
	@Override
	public ICompositeNode findEntryPoint(IParseResult parseResult, int offset) {
		return blockAround(parseResult.getRootNode(), offset);
	}

	/**
	 * The block the cursor is in or at the end of, or in an annex the annex; in the blank lines
	 * before one, the one before them, since what was typed there may yet go on it.
	 */
	private ICompositeNode blockAround(ICompositeNode root, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		ICompositeNode outermost = null;
		for (ICompositeNode node = leaf == null ? null : leaf.getParent(); node != null; node = node.getParent()) {
			if (isListElement(node)) {
				outermost = node;
			}
		}
		if (outermost == null) {
			return null;
		}
		return outermost.getOffset() < offset ? outermost : previousListElement(outermost);
	}

	private ICompositeNode previousListElement(ICompositeNode element) {
		for (var node = element.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
			if (node instanceof ICompositeNode composite && isListElement(composite)) {
				return composite;
			}
		}
		return null;
	}

	private boolean isListElement(ICompositeNode node) {
		return isListElementCall(node.getGrammarElement(), grammar);
	}

	/** The call of a block of the text or of an annex: an element of one of the document's lists. */
	static boolean isListElementCall(EObject grammarElement, UnresGrammarAccess grammar) {
		return grammarElement instanceof RuleCall call
				&& (call.getRule() == grammar.getBlockRule() || call.getRule() == grammar.getAnnexRule());
	}
}
