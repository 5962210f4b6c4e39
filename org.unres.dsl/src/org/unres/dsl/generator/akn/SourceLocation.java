package org.unres.dsl.generator.akn;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** "file.unres:12:1", for messages about input that cannot be generated. */
final class SourceLocation {

	private SourceLocation() {
	}

	static String of(EObject element) {
		Resource resource = element.eResource();
		String file = resource == null || resource.getURI() == null ? "<unsaved>" : resource.getURI().lastSegment();
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return file;
		}
		int line = node.getStartLine();
		int column = NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
		return file + ":" + line + ":" + column;
	}

	/** The exception for a document that cannot become Akoma Ntoso, with where and why. */
	static IllegalArgumentException problem(EObject element, String message) {
		return new IllegalArgumentException(of(element) + ": cannot generate Akoma Ntoso: " + message);
	}
}
