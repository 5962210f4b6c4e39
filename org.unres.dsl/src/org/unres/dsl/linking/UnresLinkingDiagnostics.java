package org.unres.dsl.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.validation.IssueCodes;

/**
 * Says what an unresolved reference means and how to fix it. A citation of a text outside the
 * workspace is not an error: it is kept as an external citation (the citation validator notes it).
 */
public class UnresLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		var reference = context.getReference();
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		if (reference == UnresPackage.Literals.CITED_TEXT__DOCUMENT) {
			return null;
		}
		if (reference == UnresPackage.Literals.PARAGRAPH_REFERENCE__TARGETS
				&& context.getContext() instanceof ParagraphReference p && p.getOf() != null
				&& CitedDocuments.citedDocumentOf(p.getOf()) == null) {
			return null;
		}
		if (reference == UnresPackage.Literals.FOOTNOTE_REFERENCE__FOOTNOTE) {
			return error("Footnote " + name + " is not defined: add a line '[^" + name + "]: …' with its text.",
					IssueCodes.UNDEFINED_FOOTNOTE);
		}
		if (reference == UnresPackage.Literals.PARAGRAPH_REFERENCE__TARGETS) {
			return error("This document has no paragraph " + name
					+ ": refer to an existing paragraph, by its number or its path such as 5 (a).",
					IssueCodes.UNKNOWN_PARAGRAPH);
		}
		if (reference == UnresPackage.Literals.ANNEX_REFERENCE__ANNEX) {
			return error("This document has no annex " + name + ": add '@annex " + name + "' or correct the reference.",
					IssueCodes.UNKNOWN_ANNEX);
		}
		if (reference.getEReferenceType() == UnresPackage.Literals.BODY) {
			return error("No body is named '" + name
					+ "': use a short name from the library (GA, ECOSOC, SC, CCPCJ, CND, …) or declare it with 'body "
					+ name + " \"Its title\"' in a library file.", IssueCodes.UNKNOWN_BODY);
		}
		if (reference.getEReferenceType() == UnresPackage.Literals.OFFICER) {
			return error("No officer is named '" + name
					+ "': use one from the library (SG, UNODC-ED, …) or declare it with 'officer " + name
					+ " \"Title\"' in a library file.", IssueCodes.UNKNOWN_OFFICER);
		}
		return super.getUnresolvedProxyMessage(context);
	}

	private static DiagnosticMessage error(String message, String code) {
		return new DiagnosticMessage(message, Severity.ERROR, code);
	}
}
