package org.unres.dsl.ide.navigation;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.unres.dsl.naming.UnresResourceDescriptionStrategy;
import org.unres.dsl.unres.UnresPackage;

/**
 * Names of exported elements as people say them: "CCPCJ resolution 20/1" for the index name
 * "CCPCJ::resolution::20/1", "Draft resolution I for GA, recommended by CCPCJ at session 20".
 */
public final class DocumentNames {

	private DocumentNames() {
	}

	public static String readable(IEObjectDescription description) {
		return readable(description.getEClass(), description.getName());
	}

	public static String readable(EClass type, QualifiedName name) {
		List<String> segments = name.getSegments();
		if (type == UnresPackage.Literals.DOCUMENT) {
			return documentName(segments);
		}
		if (type == UnresPackage.Literals.PHRASE && segments.size() == 2) {
			return segments.get(0) + " " + segments.get(1);
		}
		if (type == UnresPackage.Literals.LIBRARY) {
			return "library " + String.join(" ", segments);
		}
		return String.join(" ", segments);
	}

	/** The title the index keeps for a document or body, or null. */
	public static String title(IEObjectDescription description) {
		return description.getUserData(UnresResourceDescriptionStrategy.TITLE);
	}

	private static String documentName(List<String> segments) {
		if (segments.size() == 3) {
			return segments.get(0) + " " + segments.get(1) + " " + segments.get(2);
		}
		// drafts: [recommender, session,] "draft <kind>", number, "for <body>"
		int draft = segments.size() - 3;
		String kind = segments.get(draft);
		String text = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		String number = segments.get(draft + 1);
		if (!number.isEmpty()) {
			text += " " + number;
		}
		text += " " + segments.get(draft + 2);
		if (draft == 2) {
			text += ", recommended by " + segments.get(0) + " at session " + segments.get(1);
		}
		return text;
	}
}
