package org.unres.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Library;
import org.unres.dsl.unres.Officer;
import org.unres.dsl.unres.Phrase;

import com.google.inject.Inject;

/**
 * Gives exported elements their UN identity. Documents are known by body, kind and number
 * ("CCPCJ::resolution::20/1"); bodies and officers by their short names; vocabulary by kind
 * and phrase. Paragraphs, footnotes and annexes are local to their document and not exported.
 */
public class UnresQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private DocumentIdentity identity;

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj instanceof Document document) {
			return identity.nameOf(document);
		}
		if (obj instanceof Body body) {
			return simple(body.getName());
		}
		if (obj instanceof Officer officer) {
			return simple(officer.getName());
		}
		if (obj instanceof Library library) {
			return simple(library.getName());
		}
		if (obj instanceof Phrase phrase && phrase.getText() != null) {
			return QualifiedName.create(phrase.getKind().getLiteral(), phrase.getText());
		}
		return null;
	}

	private static QualifiedName simple(String name) {
		return name == null ? null : QualifiedName.create(name);
	}
}
