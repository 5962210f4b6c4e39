package org.unres.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.unres.dsl.ide.navigation.TextRegions;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.UnresPackage.Literals;

/**
 * What can be renamed, and the words under the cursor that name it: a document by its number
 * (in its heading or in a citation of it), a footnote by its number (at the note or a marker).
 *
 * @param element the document or footnote
 * @param region  the number under the cursor
 * @param name    the current number as written
 */
record RenameTarget(EObject element, ITextRegion region, String name) {

	/** The target at an offset, or null when nothing renameable is there. */
	static RenameTarget at(XtextResource resource, int offset, EObjectAtOffsetHelper elements) {
		if (resource.getParseResult() == null) {
			return null;
		}
		for (int candidate : new int[] { offset, offset - 1 }) {
			if (candidate < 0) {
				continue;
			}
			RenameTarget target = atExactly(resource, candidate, elements);
			if (target != null) {
				return target;
			}
		}
		return null;
	}

	private static RenameTarget atExactly(XtextResource resource, int offset, EObjectAtOffsetHelper elements) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (semantic instanceof Document document) {
			ITextRegion designation = TextRegions.of(document, Literals.DOCUMENT__DESIGNATION);
			if (designation != null && designation.contains(offset)) {
				return new RenameTarget(document, designation, document.getDesignation().strip());
			}
		}
		if (semantic instanceof Footnote footnote) {
			ITextRegion label = footnoteNumber(footnote);
			if (label != null && label.getOffset() <= offset && offset <= label.getOffset() + label.getLength()) {
				return new RenameTarget(footnote, label, footnote.getName());
			}
		}
		INode crossReference = crossReferenceNode(leaf);
		if (crossReference != null) {
			EObject target = elements.resolveCrossReferencedElementAt(resource, offset);
			if ((target instanceof Document || target instanceof Footnote) && !target.eIsProxy()) {
				ITextRegion region = TextRegions.trimmed(crossReference);
				return new RenameTarget(target, region, NodeModelUtils.getTokenText(crossReference));
			}
		}
		return null;
	}

	/** The digits of a footnote's label "[^12]:". */
	static ITextRegion footnoteNumber(Footnote footnote) {
		ITextRegion label = TextRegions.of(footnote, Literals.FOOTNOTE__NAME);
		if (label == null || footnote.getName() == null) {
			return null;
		}
		INode node = NodeModelUtils.getNode(footnote);
		String text = node.getText().substring(label.getOffset() - node.getTotalOffset(),
				label.getOffset() - node.getTotalOffset() + label.getLength());
		int start = text.indexOf(footnote.getName());
		return start < 0 ? null : new TextRegion(label.getOffset() + start, footnote.getName().length());
	}

	static INode crossReferenceNode(INode node) {
		for (INode current = node; current != null; current = current.getParent()) {
			if (current.getGrammarElement() instanceof CrossReference) {
				return current;
			}
		}
		return null;
	}
}
