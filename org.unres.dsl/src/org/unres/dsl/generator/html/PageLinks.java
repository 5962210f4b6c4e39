package org.unres.dsl.generator.html;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.unres.dsl.generator.OutputNames;
import org.unres.dsl.unres.Document;

/**
 * Where the page of a document is, relative to the other pages of the same run. Citations of a
 * document without a page stay plain text.
 */
@FunctionalInterface
public interface PageLinks {

	/** The address of the document's page, or null when it has no page in this run. */
	String hrefOf(Document document);

	/**
	 * Pages side by side in one folder, named as every generator names a document's outputs
	 * ({@link OutputNames#baseName} + ".html"), for the documents generated in this run.
	 */
	static PageLinks byOutputName(Collection<Document> generated) {
		Set<Document> pages = Collections.newSetFromMap(new IdentityHashMap<>());
		pages.addAll(generated);
		return document -> {
			if (document == null || !pages.contains(document)) {
				return null;
			}
			String baseName = OutputNames.baseName(document);
			return baseName == null ? null : baseName + ".html";
		};
	}
}
