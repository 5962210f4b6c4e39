package org.unres.dsl.ide.contentassist;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.unres.dsl.ide.contentassist.antlr.UnresParser;

/**
 * The content assist parser, started at a block or an annex found by
 * {@link ParagraphEntryPointFinder}: it parses from there as the rest of the document (the rest of
 * the list of blocks or annexes, then what follows the list), so that what may follow the cursor (a
 * new paragraph, an annex) is proposed as a parse from the top of the text would propose it.
 */
public class BlockListContentAssistParser extends UnresParser {

	@Override
	protected AbstractElement getEntryGrammarElement(ICompositeNode entryPoint) {
		return isListCall(entryPoint.getGrammarElement()) ? (RuleCall) entryPoint.getGrammarElement()
				: super.getEntryGrammarElement(entryPoint);
	}

	@Override
	protected Collection<FollowElement> getFollowElements(AbstractInternalContentAssistParser parser, AbstractElement entryPoint) {
		if (isListCall(entryPoint)) {
			// "blocks+=Block" or "annexes+=Annex" is element N of its rule's group; the generated
			// parser names that element and all after it "rule__<Rule>__Group__N".
			Assignment list = GrammarUtil.containingAssignment(entryPoint);
			Group group = (Group) list.eContainer();
			String rest = "rule__" + GrammarUtil.containingRule(group).getName() + "__Group__" + group.getElements().indexOf(list);
			return getFollowElements(parser, rest);
		}
		return super.getFollowElements(parser, entryPoint);
	}

	private boolean isListCall(EObject element) {
		return ParagraphEntryPointFinder.isListElementCall(element, getGrammarAccess());
	}
}
