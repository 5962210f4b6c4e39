package org.unres.dsl.ide.hover;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.unres.Library;
import org.unres.dsl.unres.PhraseKind;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.vocabulary.PhraseAnalysis;
import org.unres.dsl.vocabulary.Suggestions;
import org.unres.dsl.vocabulary.Vocabulary;

import com.google.inject.Inject;

/**
 * How an opener or an operative verb is used, in Markdown: what it opens, how the paragraph is
 * punctuated, its repeated forms, and the library that declares it; for a phrase no library
 * declares, the nearest known one.
 */
public class PhraseUsage {

	@Inject
	private Vocabulary vocabulary;

	@Inject
	private UnresGlobalScopeProvider globalScope;

	/** The usage of an opener as written in a preambular paragraph ("Recalling also"). */
	public String ofOpener(Resource context, String opener) {
		List<String> openers = vocabulary.phrases(context, PhraseKind.OPENER);
		PhraseAnalysis analysis = PhraseAnalysis.of(opener, openers, List.of(),
				vocabulary.phrases(context, PhraseKind.MODIFIER));
		if (!analysis.isKnown()) {
			return unknown(opener, "preambular opener", openers, "opener");
		}
		String core = analysis.core();
		return "**" + core + "** — preambular opener" + declaredIn(context, PhraseKind.OPENER, core) + "\n\n"
				+ "Opens a preambular paragraph, in italics; the paragraph ends with a comma:\n\n"
				+ "    *" + core + "* its resolution 20/1 of 13 April 2011,\n\n"
				+ "Repeated as *" + core + " also* or *" + core + " further* after a plain *" + core + "*"
				+ (analysis.modifier() == null ? "" : "; here with *" + analysis.modifier() + "*") + ".";
	}

	/** The usage of an operative verb as written after a paragraph number ("Also requests"). */
	public String ofVerb(Resource context, String lead) {
		List<String> verbs = vocabulary.phrases(context, PhraseKind.VERB);
		PhraseAnalysis analysis = PhraseAnalysis.of(lead, verbs, vocabulary.phrases(context, PhraseKind.ADVERB),
				vocabulary.phrases(context, PhraseKind.MODIFIER));
		if (!analysis.isKnown()) {
			return unknown(lead, "operative verb", verbs, "verb");
		}
		String core = analysis.core();
		String lower = core.toLowerCase();
		return "**" + core + "** — operative verb" + declaredIn(context, PhraseKind.VERB, core) + "\n\n"
				+ "Opens an operative paragraph, in italics after its number; the paragraph ends with a semicolon,"
				+ " the last one with a full stop, one that introduces sub-paragraphs with a colon:\n\n"
				+ "    1. *" + core + "* the Secretary-General to report to the Commission at its next session;\n\n"
				+ "Repeated as *Also " + lower + "*, then *Further " + lower + "*, after a plain *" + core + "*"
				+ (analysis.adverb() == null ? "" : "; here with *" + analysis.adverb() + "*") + ".";
	}

	private static String unknown(String phrase, String what, List<String> known, String keyword) {
		String firstWord = phrase.strip().split("\\s+")[0];
		String suggestion = Suggestions.closest(firstWord, known);
		return "*" + phrase + "* is not a known " + what + "."
				+ (suggestion == null ? "" : " Did you mean *" + suggestion + "*?")
				+ "\n\nIf it is right, declare it in a library file: `" + keyword + " \"" + phrase + "\"`.";
	}

	/** " (library UN)": the library that declares the phrase, or nothing when it cannot be told. */
	private String declaredIn(Resource context, PhraseKind kind, String phrase) {
		IEObjectDescription description = globalScope.getVisible(context, UnresPackage.Literals.PHRASE)
				.getSingleElement(QualifiedName.create(kind.getLiteral(), phrase));
		if (description == null) {
			return "";
		}
		EObject declaration = description.getEObjectOrProxy();
		if (declaration.eIsProxy() && context.getResourceSet() != null) {
			declaration = EcoreUtil.resolve(declaration, context.getResourceSet());
		}
		EObject container = declaration.eIsProxy() ? null : declaration.eContainer();
		return container instanceof Library library ? " (library " + library.getName() + ")" : "";
	}
}
