package org.unres.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.UnresPackage;

/**
 * The base name of the files generated for a document, from its identity, so that every
 * generator and every run names a document's outputs alike and links between pages hold:
 * "ccpcj-resolution-20-8", "ccpcj-20-draft-resolution-i-for-ga".
 */
public final class OutputNames {

	private OutputNames() {
	}

	/** The base name, or null for a document without an acting body or kind. */
	public static String baseName(Document document) {
		String body = DocumentIdentity.actingBodyName(document);
		if (body == null || document.getKind() == null) {
			return null;
		}
		String number = DocumentIdentity.numberOf(document);
		List<String> parts = new ArrayList<>();
		if (document.isDraft()) {
			Recommendation recommendation = DocumentIdentity.recommendationOf(document);
			if (recommendation != null && recommendation.getSession() != null) {
				parts.add(recommendingBody(recommendation));
				parts.add(String.valueOf(recommendation.getSession().getNumber()));
			}
			parts.add("draft");
		} else {
			parts.add(body);
		}
		parts.add(DocumentIdentity.kindOf(document));
		if (number != null) {
			parts.add(number);
		}
		if (document.isDraft()) {
			parts.add("for");
			parts.add(body);
		}
		return slug(String.join("-", parts));
	}

	private static String recommendingBody(Recommendation recommendation) {
		var nodes = NodeModelUtils.findNodesForFeature(recommendation, UnresPackage.Literals.RECOMMENDATION__BODY);
		return nodes.isEmpty() ? "body" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** Lower case letters, digits and single hyphens: safe in file names and URLs everywhere. */
	static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
