package org.unres.dsl.ui.tests;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * What plugin.xml contributes to the Generic Editor for .unres files, created as the editor
 * creates it: tests go through the contribution, not around it.
 */
final class Contributions {

	private static final String CONTENT_TYPE = "org.unres.dsl.contentType";

	private Contributions() {
	}

	/** The object of the one contribution to a Generic Editor extension point for our content type. */
	static <T> T forUnres(String extensionPoint, Class<T> type) {
		IConfigurationElement found = null;
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.genericeditor." + extensionPoint)) {
			if (CONTENT_TYPE.equals(element.getAttribute("contentType"))) {
				if (found != null) {
					throw new AssertionError("two contributions to " + extensionPoint + " for " + CONTENT_TYPE);
				}
				found = element;
			}
		}
		if (found == null) {
			throw new AssertionError("no contribution to " + extensionPoint + " for " + CONTENT_TYPE);
		}
		try {
			return type.cast(found.createExecutableExtension("class"));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	static ITextViewer viewerOf(ITextEditor editor) {
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		if (viewer == null) {
			throw new AssertionError("the editor has no text viewer");
		}
		return viewer;
	}
}
