package org.unres.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;

/**
 * Go to definition: a citation, a paragraph or footnote reference, a body or officer links to
 * what it names, in this file or another one of the workspace. The targets come from the
 * language's DocumentSymbolService, as the language server's definitions do.
 */
public class UnresHyperlinkDetector extends AbstractHyperlinkDetector {

	private static final ILog LOG = ILog.of(UnresHyperlinkDetector.class);

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		if (!UnresInputs.isUnres(viewer.getDocument())) {
			return null; // the Generic Editor shows other text files too
		}
		try {
			List<IHyperlink> links = DocumentModel.of(viewer.getDocument()).read(parsed -> linksAt(parsed, region.getOffset()));
			return links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
		} catch (RuntimeException e) {
			LOG.error("Finding the link target failed", e);
			return null;
		}
	}

	/** The links at an offset: one per definition of the reference there. */
	public static List<IHyperlink> linksAt(ParsedText parsed, int offset) {
		INode reference = LanguageServices.get(EObjectAtOffsetHelper.class).getCrossReferenceNode(parsed.resource(),
				new TextRegion(offset, 0));
		if (reference == null) {
			return List.of();
		}
		IReferenceFinder.IResourceAccess access = new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(org.eclipse.emf.common.util.URI targetURI,
					org.eclipse.xtext.util.concurrent.IUnitOfWork<R, org.eclipse.emf.ecore.resource.ResourceSet> work) {
				try {
					return work.exec(parsed.resource().getResourceSet());
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
		List<? extends Location> targets = LanguageServices.get(DocumentSymbolService.class).getDefinitions(parsed.resource(),
				offset, access, CancelIndicator.NullImpl);
		IRegion linkRegion = Words.of(parsed.text(), reference.getOffset(), reference.getEndOffset());
		List<IHyperlink> links = new ArrayList<>();
		for (Location target : targets) {
			links.add(new LocationHyperlink(linkRegion, target));
		}
		return links;
	}
}
