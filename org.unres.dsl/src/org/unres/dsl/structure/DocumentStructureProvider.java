package org.unres.dsl.structure;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.unres.dsl.unres.Document;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Computes a document's structure once per state of its resource. */
@Singleton
public class DocumentStructureProvider {

	@Inject
	private IResourceScopeCache cache;

	public DocumentStructure get(Document document) {
		if (document.eResource() == null) {
			return new DocumentStructure(document);
		}
		return cache.get(DocumentStructureProvider.class.getName() + "#" + document.hashCode(),
				document.eResource(), () -> new DocumentStructure(document));
	}
}
