package org.unres.dsl.generator.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.FootnoteReference;

/**
 * The ids of a page's link targets, computed once from the document so that a link and its target
 * always agree, also across pages: paragraph 5 (a) is "para-5-a", paragraph 1.1 of annex I is
 * "annex-i-para-1-1", footnote 14 is "fn-14" and its second marker "fnref-14-2". Ids are unique in
 * the page even when the source repeats a number (a second "para-3" becomes "para-3-2").
 */
public final class Anchors {

	private final Map<EObject, String> ids = new IdentityHashMap<>();
	private final Map<Footnote, List<FootnoteReference>> markers = new IdentityHashMap<>();
	private final Set<String> used = new HashSet<>();

	Anchors(Document document, DocumentStructure structure) {
		addParagraphs(structure.getMain(), "");
		int index = 0;
		for (Annex annex : document.getAnnexes()) {
			index++;
			String annexId = assign(annex, "annex-" + (annex.getDesignation() == null ? index : slug(annex.getDesignation())));
			addParagraphs(structure.getAnnex(annex), annexId + "-");
		}
		for (Footnote footnote : structure.getFootnotes()) {
			assign(footnote, "fn-" + slug(footnote.getName()));
		}
		// Markers in source order: the first marker of a note is "fnref-14", later ones "fnref-14-2".
		for (FootnoteReference reference : EcoreUtil2.getAllContentsOfType(document, FootnoteReference.class)) {
			Footnote footnote = reference.getFootnote();
			if (footnote != null && !footnote.eIsProxy()) {
				markers.computeIfAbsent(footnote, f -> new ArrayList<>()).add(reference);
				assign(reference, "fnref-" + slug(footnote.getName()));
			}
		}
	}

	private void addParagraphs(Part part, String prefix) {
		if (part == null) {
			return;
		}
		for (StructureNode node : part.getAllParagraphs()) {
			assign(node.getBlock(), prefix + "para-" + slug(node.getPath()));
		}
	}

	private String assign(EObject element, String wanted) {
		String id = wanted;
		for (int n = 2; !used.add(id); n++) {
			id = wanted + "-" + n;
		}
		ids.put(element, id);
		return id;
	}

	/** The id of a paragraph, annex, footnote or footnote marker; null for anything else. */
	public String idOf(EObject element) {
		return ids.get(element);
	}

	/** The markers that point to a footnote, in reading order. */
	public List<FootnoteReference> markersOf(Footnote footnote) {
		return markers.getOrDefault(footnote, List.of());
	}

	/** Letters, digits and single hyphens, which need no escaping in a fragment: "5(a)" gives "5-a". */
	static String slug(String text) {
		if (text == null) {
			return "x";
		}
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "x" : slug;
	}
}
