package org.unres.dsl.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.WorkspaceParser;
import org.unres.dsl.unres.UnresPackage;

/** The bodies a new text may name: the built-in library's and those of the workspace's libraries. */
final class KnownBodies {

	/** A body by short name and title. */
	record Body(String name, String title) {
	}

	private KnownBodies() {
	}

	static List<Body> all() {
		XtextResource probe = WorkspaceParser.parse(URI.createURI("untitled:/new-text.unres"), "");
		List<Body> bodies = new ArrayList<>();
		for (IEObjectDescription description : LanguageServices.get(UnresGlobalScopeProvider.class)
				.getVisible(probe, UnresPackage.Literals.BODY).getAllElements()) {
			String title = description.getUserData(UnresResourceDescriptionStrategy.TITLE);
			bodies.add(new Body(description.getName().toString(), title == null ? description.getName().toString() : title));
		}
		bodies.sort(Comparator.comparing(Body::name));
		return bodies;
	}
}
