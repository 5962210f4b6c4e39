package org.unres.dsl.library;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.unres.UnresPackage;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.inject.Inject;

/**
 * Finds the body that a phrase of prose names ("General Assembly", "Economic and Social
 * Council", "Commission"), through the index. A bare "Commission" or "Council" means the acting
 * body when that body goes by it, as it does in the texts.
 */
public class BodyResolver {

	@Inject
	private UnresGlobalScopeProvider globalScope;

	@Inject
	private IResourceScopeCache cache;

	/** The body's description, or null when no body goes by this phrase. */
	public IEObjectDescription resolve(Resource context, String phrase, String actingBodyName) {
		String wanted = normalize(phrase);
		if (wanted.isEmpty()) {
			return null;
		}
		IEObjectDescription match = null;
		for (IEObjectDescription body : visibleBodies(context)) {
			if (goesBy(body, wanted)) {
				if (body.getName().toString().equals(actingBodyName)) {
					return body;
				}
				if (match == null) {
					match = body;
				}
			}
		}
		return match;
	}

	/**
	 * The body a bare number most likely belongs to: the acting body when the number fits its
	 * numbering, else the first body in the index whose numbering it fits, else the acting body.
	 */
	public String numberedLike(Resource context, String number, String actingBodyName) {
		String firstFit = null;
		for (IEObjectDescription body : visibleBodies(context)) {
			String numbering = body.getUserData(UnresResourceDescriptionStrategy.NUMBERING);
			boolean fits = numbering == null || matches(number, numbering);
			String name = body.getName().toString();
			if (name.equals(actingBodyName) && fits) {
				return name;
			}
			if (fits && numbering != null && firstFit == null) {
				firstFit = name;
			}
		}
		return firstFit != null ? firstFit : actingBodyName;
	}

	/**
	 * The body the words just before a citation name as its author: "the General Assembly in
	 * its [resolution 64/71]", "by the Conference of the Parties in its". Null when they name none.
	 */
	public String namedBefore(Resource context, String precedingWords) {
		String text = normalize(precedingWords).replaceAll("[,;:]", "");
		if (!text.endsWith(" its") && !text.equals("its")) {
			return null;
		}
		text = text.substring(0, text.length() - "its".length()).strip();
		text = text.replaceFirst(" (in|by|at|under)$", "");
		for (IEObjectDescription body : visibleBodies(context)) {
			for (String name : namesOf(body)) {
				String wanted = normalize(name);
				if (!wanted.isEmpty() && (text.equals(wanted) || text.endsWith(" " + wanted))) {
					return body.getName().toString();
				}
			}
		}
		return null;
	}

	private static Iterable<String> namesOf(IEObjectDescription body) {
		String names = body.getUserData(UnresResourceDescriptionStrategy.NAMES);
		java.util.List<String> all = new java.util.ArrayList<>();
		all.add(body.getName().toString());
		if (names != null) {
			Splitter.on(UnresResourceDescriptionStrategy.NAME_SEPARATOR).split(names).forEach(all::add);
		}
		return all;
	}

	/**
	 * The bodies a resource sees, listed once per resource (as Vocabulary lists phrases): the index
	 * walks every text of the workspace, and walking it once per citation made checking N texts take
	 * time in N squared (see BENCHMARKS.md).
	 */
	private List<IEObjectDescription> visibleBodies(Resource context) {
		if (context == null) {
			return ImmutableList.copyOf(globalScope.getVisible(context, UnresPackage.Literals.BODY).getAllElements());
		}
		return cache.get(BodyResolver.class.getName(), context,
				() -> ImmutableList.copyOf(globalScope.getVisible(context, UnresPackage.Literals.BODY).getAllElements()));
	}

	private static boolean matches(String number, String numbering) {
		try {
			return number.matches(numbering);
		} catch (java.util.regex.PatternSyntaxException e) {
			return false;
		}
	}

	private static boolean goesBy(IEObjectDescription body, String wanted) {
		for (String name : namesOf(body)) {
			if (normalize(name).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String normalize(String phrase) {
		return phrase.replaceAll("\\s+", " ").replaceFirst("(?i)^the ", "").strip().toLowerCase(Locale.ROOT);
	}
}
