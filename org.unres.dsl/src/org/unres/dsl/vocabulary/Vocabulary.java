package org.unres.dsl.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.unres.PhraseKind;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * The openers, verbs and their modifiers that a document may use: those of the built-in
 * library and of every library in the workspace, read from the index.
 */
public class Vocabulary {

	@Inject
	private UnresGlobalScopeProvider globalScope;

	@Inject
	private IResourceScopeCache cache;

	/** Phrases of one kind, longest first, so that "Taking note" is tried before "Taking". */
	public List<String> phrases(Resource context, PhraseKind kind) {
		return all(context).getOrDefault(kind, List.of());
	}

	private Map<PhraseKind, List<String>> all(Resource context) {
		return cache.get(Vocabulary.class.getName(), context, () -> {
			Map<PhraseKind, List<String>> byKind = new EnumMap<>(PhraseKind.class);
			for (IEObjectDescription phrase : globalScope.getVisible(context, UnresPackage.Literals.PHRASE)
					.getAllElements()) {
				PhraseKind kind = PhraseKind.get(phrase.getName().getFirstSegment());
				if (kind != null) {
					byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase.getName().getLastSegment());
				}
			}
			byKind.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
			byKind.replaceAll((k, list) -> Collections.unmodifiableList(list));
			return byKind;
		});
	}
}
