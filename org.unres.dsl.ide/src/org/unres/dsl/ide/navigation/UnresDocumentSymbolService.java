package org.unres.dsl.ide.navigation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Definitions, references and workspace symbols. A citation leads to the cited text from any of
 * its words, not only from its number; declarations of the built-in library, which no editor can
 * open, are left out; workspace symbols are named as people cite them and found by their title.
 */
@Singleton
public class UnresDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		List<? extends Location> definitions = definitionsAt(resource, offset, resourceAccess, cancelIndicator);
		if (definitions.isEmpty() && offset > 0) {
			// the cursor just after a word, as editors place it after a double click or typing
			definitions = definitionsAt(resource, offset - 1, resourceAccess, cancelIndicator);
		}
		if (!definitions.isEmpty()) {
			return definitions;
		}
		EObject cited = citedAt(resource, offset);
		return cited == null ? definitions : List.of(documentExtensions.newLocation(cited));
	}

	/**
	 * Xtext's definitions, where there is an element to start from: in text that does not parse
	 * there may be none, which Xtext's lookup does not expect.
	 */
	private List<? extends Location> definitionsAt(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		if (elements.resolveElementAt(resource, offset) == null) {
			return List.of();
		}
		return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
	}

	/**
	 * What the citation around the offset points at: the paragraph a reference names, or the
	 * workspace document a citation names; null elsewhere.
	 */
	private EObject citedAt(XtextResource resource, int offset) {
		EObject element = elements.resolveContainedElementAt(resource, offset);
		ParagraphReference reference = EcoreUtil2.getContainerOfType(element, ParagraphReference.class);
		if (reference != null && !reference.getTargets().isEmpty()) {
			Paragraph target = reference.getTargets().get(0);
			return target.eIsProxy() || !isInWorkspace(target.eResource().getURI()) ? null : target;
		}
		ResolutionCitation citation = EcoreUtil2.getContainerOfType(element, ResolutionCitation.class);
		if (citation == null) {
			return null;
		}
		Document cited = CitedDocuments.citedDocumentOf(citation);
		return cited != null && isInWorkspace(cited.eResource().getURI()) ? cited : null;
	}

	@Override
	protected void doRead(IReferenceFinder.IResourceAccess resourceAccess, URI objectURI,
			Procedure1<? super EObject> acceptor) {
		if (isInWorkspace(objectURI)) {
			super.doRead(resourceAccess, objectURI, acceptor);
		}
	}

	/** Files of the workspace; the built-in library lives on the class path, not in a file. */
	static boolean isInWorkspace(URI uri) {
		return uri != null && uri.isFile();
	}

	@Override
	protected boolean filter(IEObjectDescription description, String query) {
		String haystack = (DocumentNames.readable(description) + " " + nullToEmpty(DocumentNames.title(description)))
				.toLowerCase(Locale.ROOT);
		for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void createSymbol(IEObjectDescription description, IReferenceFinder.IResourceAccess resourceAccess,
			Procedure1<? super WorkspaceSymbol> acceptor) {
		String title = DocumentNames.title(description);
		super.createSymbol(description, resourceAccess, symbol -> {
			if (title != null && description.getEClass() == UnresPackage.Literals.DOCUMENT) {
				symbol.setContainerName(title);
			}
			acceptor.apply(symbol);
		});
	}

	@Override
	protected String getSymbolName(IEObjectDescription description) {
		return DocumentNames.readable(description);
	}

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == UnresPackage.Literals.DOCUMENT) {
			return SymbolKind.File;
		}
		if (type == UnresPackage.Literals.LIBRARY) {
			return SymbolKind.Package;
		}
		if (type == UnresPackage.Literals.BODY) {
			return SymbolKind.Class;
		}
		if (type == UnresPackage.Literals.OFFICER) {
			return SymbolKind.Constant;
		}
		if (type == UnresPackage.Literals.PHRASE) {
			return SymbolKind.String;
		}
		return SymbolKind.Property;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
