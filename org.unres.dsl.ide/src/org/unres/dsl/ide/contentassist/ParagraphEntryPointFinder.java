package org.unres.dsl.ide.contentassist;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.unres.dsl.services.UnresGrammarAccess;

import com.google.inject.Inject;

/**
 * Lets content assist parse from the start of the block (paragraph, footnote, table, request)
 * around the cursor instead of from the top of the text, so that a long resolution is not lexed
 * and parsed again up to the cursor on every request. Xtext never starts at an element of a list,
 * since what may follow the element is then unknown; strictly inside a block, what follows the
 * cursor is the rest of that block (blocks begin at a line start), so starting there gives the
 * proposals a parse from the top gives, less a new paragraph in the middle of a line. Elsewhere
 * (the heading lines, between blocks, at a block's end) the text is parsed from the top.
 */
public class ParagraphEntryPointFinder extends EntryPointFinder {

	@Inject
	private UnresGrammarAccess grammar;

	/** The block around the offset, or null: parse from the top (Xtext's own guesses are not used). */
	@Override
	public ICompositeNode findEntryPoint(IParseResult parseResult, int offset) {
		return blockAround(parseResult.getRootNode(), offset);
	}

	private ICompositeNode blockAround(ICompositeNode root, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		for (ICompositeNode node = leaf == null ? null : leaf.getParent(); node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof RuleCall call && call.getRule() == grammar.getBlockRule()) {
				// Inside the block's own text: not in the blank lines before it, not at its end.
				return node.getOffset() < offset && offset < node.getEndOffset() ? node : null;
			}
		}
		return null;
	}
}
