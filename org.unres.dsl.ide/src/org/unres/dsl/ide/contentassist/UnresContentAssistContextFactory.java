package org.unres.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Xtext's partial content assist (parsing from the paragraph around the cursor, see
 * {@link ParagraphEntryPointFinder}), with the nodes at the cursor found by {@link LeafAtOffset}
 * instead of by a walk over every leaf before the cursor.
 */
public class UnresContentAssistContextFactory extends PartialContentAssistContextFactory {

	@Override
	protected void initializeNodeAndModelData() {
		rootNode = parseResult.getRootNode();
		if (parser instanceof IPartialEditingContentAssistParser partial) {
			partial.initializeFor(resource.getEntryPoint());
		}
		lastCompleteNode = new LeafAtOffset(completionOffset, true).searchIn(rootNode);
		if (lastCompleteNode == null) {
			lastCompleteNode = rootNode;
		}
		currentNode = new LeafAtOffset(completionOffset, false).searchIn(rootNode);
		if (currentNode == null) {
			currentNode = lastCompleteNode;
		}
		lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
		datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
		currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
	}
}
