package org.unres.dsl.naming;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;

/**
 * Puts what other documents need to know into the index, so that they never have to load the
 * declaring file: a body's title and the names it goes by, a document's title.
 */
public class UnresResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String TITLE = "title";
	public static final String NAMES = "names";
	public static final String NUMBERING = "numbering";
	/** Separates the names of a body in {@link #NAMES}; never part of a name. */
	public static final String NAME_SEPARATOR = "|";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
		if (name == null) {
			return !(object instanceof Document);
		}
		Map<String, String> data = new HashMap<>();
		if (object instanceof Body body) {
			data.put(TITLE, body.getTitle());
			StringBuilder names = new StringBuilder(body.getTitle());
			if (body.getFormula() != null) {
				names.append(NAME_SEPARATOR).append(body.getFormula().replaceFirst("^The ", ""));
			}
			body.getAliases().forEach(alias -> names.append(NAME_SEPARATOR).append(alias));
			data.put(NAMES, names.toString());
			if (body.getNumbering() != null) {
				data.put(NUMBERING, body.getNumbering());
			}
		} else if (object instanceof Document document && document.getTitle() != null) {
			data.put(TITLE, document.getTitle());
		}
		acceptor.accept(EObjectDescription.create(name, object, data));
		return !(object instanceof Document);
	}
}
