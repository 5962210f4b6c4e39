package org.unres.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/**
 * Scopes of the references inside a document: its footnotes, its paragraphs by path, its
 * annexes, and cited resolutions and decisions by number under the body and kind the citation
 * names. Bodies and officers come from the index, as the default does.
 */
public class UnresScopeProvider extends AbstractUnresScopeProvider {

	@Inject
	private DocumentStructureProvider structures;

	@Inject
	private IQualifiedNameConverter names;

	@Inject
	private CitedDocuments citedDocuments;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == UnresPackage.Literals.FOOTNOTE_REFERENCE__FOOTNOTE) {
			return footnotes(context);
		}
		if (reference == UnresPackage.Literals.PARAGRAPH_REFERENCE__TARGETS) {
			return paragraphs(context);
		}
		if (reference == UnresPackage.Literals.ANNEX_REFERENCE__ANNEX) {
			return annexes(context);
		}
		if (reference == UnresPackage.Literals.CITED_TEXT__DOCUMENT && context instanceof CitedText cited) {
			QualifiedName prefix = citedDocuments.prefixOf(cited);
			return prefix == null ? IScope.NULLSCOPE : new PrefixedScope(super.getScope(context, reference), prefix);
		}
		return super.getScope(context, reference);
	}

	private IScope footnotes(EObject context) {
		Document document = EcoreUtil2.getContainerOfType(context, Document.class);
		if (document == null) {
			return IScope.NULLSCOPE;
		}
		List<Footnote> footnotes = structures.get(document).getFootnotes();
		return Scopes.scopeFor(footnotes, f -> f.getName() == null ? null : QualifiedName.create(f.getName()),
				IScope.NULLSCOPE);
	}

	private IScope annexes(EObject context) {
		Document document = EcoreUtil2.getContainerOfType(context, Document.class);
		if (document == null) {
			return IScope.NULLSCOPE;
		}
		List<Annex> annexes = document.getAnnexes();
		return Scopes.scopeFor(annexes, a -> QualifiedName.create(a.getDesignation() == null ? "" : a.getDesignation()),
				IScope.NULLSCOPE);
	}

	/**
	 * Paragraphs by full path ("5(a)", "(c)(i)"), and by their own label where that label is
	 * unique in the part ("(ii)" after "(c) (i) and"). References inside an annex see the
	 * annex's paragraphs first, then those of the resolution. "Paragraph 3 of resolution 20/1"
	 * sees the paragraphs of 20/1 when it is in the workspace.
	 */
	private IScope paragraphs(EObject context) {
		if (context instanceof ParagraphReference reference && reference.getOf() != null) {
			Document cited = CitedDocuments.citedDocumentOf(reference.getOf());
			return cited == null ? IScope.NULLSCOPE : paragraphsOf(structures.get(cited).getMain(), IScope.NULLSCOPE);
		}
		Document document = EcoreUtil2.getContainerOfType(context, Document.class);
		if (document == null) {
			return IScope.NULLSCOPE;
		}
		DocumentStructure structure = structures.get(document);
		IScope scope = paragraphsOf(structure.getMain(), IScope.NULLSCOPE);
		Annex annex = EcoreUtil2.getContainerOfType(context, Annex.class);
		return annex == null ? scope : paragraphsOf(structure.getAnnex(annex), scope);
	}

	private IScope paragraphsOf(Part part, IScope parent) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		Map<String, Integer> labelCounts = new HashMap<>();
		List<StructureNode> paragraphs = part.getAllParagraphs();
		for (StructureNode node : paragraphs) {
			labelCounts.merge(node.getLabel(), 1, Integer::sum);
		}
		for (StructureNode node : paragraphs) {
			descriptions.add(EObjectDescription.create(names.toQualifiedName(node.getPath()), node.getBlock()));
			if (node.getParent() != null && labelCounts.get(node.getLabel()) == 1) {
				descriptions.add(EObjectDescription.create(names.toQualifiedName(node.getLabel()), node.getBlock()));
			}
		}
		return new SimpleScope(parent, descriptions);
	}
}
