package org.unres.dsl.generator.html;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.unres.Document;

/**
 * What the renderers of one page share: the document, its structure, the ids of its link targets
 * and where the other pages of the run are.
 */
final class PageContext {

	private final Document document;
	private final DocumentStructure structure;
	private final PageLinks links;
	private final DocumentStructureProvider structures;
	private final Map<Document, Anchors> anchors = new IdentityHashMap<>();

	PageContext(Document document, PageLinks links, DocumentStructureProvider structures) {
		this.document = document;
		this.structure = structures.get(document);
		this.links = links;
		this.structures = structures;
		anchors.put(document, new Anchors(document, structure));
	}

	Document document() {
		return document;
	}

	DocumentStructure structure() {
		return structure;
	}

	Anchors anchors() {
		return anchors.get(document);
	}

	/** The page of another document, or null when it has none in this run. */
	String pageOf(Document other) {
		return other == null || other.eIsProxy() ? null : links.hrefOf(other);
	}

	/**
	 * The address of a paragraph or annex: a fragment in this page, the other page and a fragment
	 * for a target in another generated document, null when there is nothing to link to.
	 */
	String hrefOf(EObject target) {
		if (target == null || target.eIsProxy()) {
			return null;
		}
		Document owner = EcoreUtil2.getContainerOfType(target, Document.class);
		if (owner == null) {
			return null;
		}
		String page = owner == document ? "" : pageOf(owner);
		if (page == null) {
			return null;
		}
		String id = anchors.computeIfAbsent(owner, d -> new Anchors(d, structures.get(d))).idOf(target);
		return id == null ? (page.isEmpty() ? null : page) : page + "#" + id;
	}
}
