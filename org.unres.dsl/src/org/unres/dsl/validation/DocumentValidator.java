package org.unres.dsl.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.naming.UnresQualifiedNameProvider;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/** The whole document: who acts, its heading and formula, and its identity among other texts. */
public class DocumentValidator extends AbstractConcernValidator {

	@Inject
	private DocumentStructureProvider structures;

	@Inject
	private UnresQualifiedNameProvider names;

	@Inject
	private UnresGlobalScopeProvider globalScope;

	@Check
	public void checkMetadataOnce(Document document) {
		Set<Class<?>> seen = new HashSet<>();
		for (Metadata metadata : document.getMetadata()) {
			Class<?> kind = metadata.eClass().getInstanceClass();
			if (!seen.add(kind)) {
				error("This line repeats a heading line given above: keep one and delete the other.", metadata, null,
						IssueCodes.DUPLICATE_METADATA);
			}
		}
	}

	@Check
	public void checkActingBody(Document document) {
		if (DocumentIdentity.actingBodyOf(document) == null) {
			error("Name the acting body under the heading, for example '@body GA session 66'.", document,
					UnresPackage.Literals.DOCUMENT__KIND, IssueCodes.MISSING_ACTING_BODY);
		}
	}

	@Check
	public void checkNumber(Document document) {
		if (!document.isDraft() && document.getDesignation() == null) {
			warning("An adopted " + DocumentIdentity.kindOf(document)
					+ " has a number: write it after the kind, as in 'Resolution 20/1'.", document,
					UnresPackage.Literals.DOCUMENT__KIND, IssueCodes.MISSING_NUMBER);
		}
	}

	@Check
	public void checkFormula(Document document) {
		String formula = ProseText.textOf(document.getFormula());
		if (formula.isEmpty()) {
			error("Begin the text with its acting body, as in 'The General Assembly,'.", document,
					UnresPackage.Literals.DOCUMENT__TITLE, IssueCodes.MISSING_FORMULA);
			return;
		}
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		if (acting == null || acting.getBody() == null || acting.getBody().eIsProxy()) {
			return;
		}
		Body body = acting.getBody();
		if (!namesBody(formula, body)) {
			warning("The formula does not name the acting body " + body.getName() + " ('" + body.getTitle()
					+ "'): begin with '" + formulaOf(body) + ",' or correct '@body'.", document,
					UnresPackage.Literals.DOCUMENT__FORMULA, IssueCodes.FORMULA_NAMES_OTHER_BODY);
		}
	}

	@Check
	public void checkHasOperativePart(Document document) {
		if (DocumentIdentity.RESOLUTION.equals(DocumentIdentity.kindOf(document))
				&& structures.get(document).getMain().getAllParagraphs().isEmpty()) {
			error("A resolution has at least one numbered operative paragraph, such as '1. *Requests* …;'.", document,
					UnresPackage.Literals.DOCUMENT__TITLE, IssueCodes.NO_OPERATIVE_PARAGRAPH);
		}
	}

	@Check
	public void checkPreambleComesFirst(Document document) {
		boolean operative = false;
		for (Block block : document.getBlocks()) {
			if (block instanceof Paragraph) {
				operative = true;
			} else if (operative && block instanceof PreambularParagraph) {
				error("A preambular paragraph cannot follow the operative part: move it above paragraph 1.", block,
						UnresPackage.Literals.PREAMBULAR_PARAGRAPH__OPENER, IssueCodes.PREAMBLE_AFTER_OPERATIVE);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueIdentity(Document document) {
		QualifiedName name = names.getFullyQualifiedName(document);
		if (name == null || document.eResource() == null) {
			return;
		}
		for (IEObjectDescription other : globalScope.getVisible(document.eResource(), UnresPackage.Literals.DOCUMENT)
				.getElements(name)) {
			if (!other.getEObjectURI().trimFragment().equals(document.eResource().getURI())) {
				error("Another document has the same number: " + other.getEObjectURI().trimFragment().lastSegment()
						+ ". Each " + DocumentIdentity.kindOf(document) + " of a body has its own number.", document,
						UnresPackage.Literals.DOCUMENT__DESIGNATION, IssueCodes.DUPLICATE_DOCUMENT);
				return;
			}
		}
	}

	/** Whether the formula names the body by its title or one of the names it goes by. */
	static boolean namesBody(String formula, Body body) {
		String text = formula.toLowerCase(Locale.ROOT);
		if (body.getTitle() != null && text.contains(body.getTitle().toLowerCase(Locale.ROOT))) {
			return true;
		}
		return body.getAliases().stream().anyMatch(alias -> text.contains(alias.toLowerCase(Locale.ROOT)));
	}

	static String formulaOf(Body body) {
		return body.getFormula() != null ? body.getFormula() : "The " + body.getTitle();
	}

	static Part mainPart(DocumentStructureProvider structures, Document document) {
		return structures.get(document).getMain();
	}
}
