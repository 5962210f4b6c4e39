package org.unres.dsl.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.ReferenceAcceptor;
import org.eclipse.xtext.findReferences.TargetURICollector;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.util.CancelIndicatorProgressMonitor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.unres.dsl.ide.navigation.TextRegions;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Renames a document's number or a footnote's number, with every citation of the document in
 * the workspace and every marker of the footnote. Numbers are written by datatype rules, not as
 * a 'name', so the rename is made of text edits on the number and on each reference's words,
 * found through the index; the rest of the text is left exactly as it was.
 */
public class UnresRenameService implements IRenameService2 {

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private IReferenceFinder referenceFinder;

	@Inject
	private TargetURICollector targetURICollector;

	@Inject
	private Provider<TargetURIs> targetURIs;

	@Inject
	private IResourceServiceProvider.Registry registry;

	@Inject
	private DocumentExtensions documentExtensions;

	@Inject
	private UriExtensions uriExtensions;

	@Inject
	private NewNumberCheck newNumberCheck;

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
			PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return read(options.getLanguageServerAccess(), uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			int offset = context.getDocument().getOffSet(options.getParams().getPosition());
			RenameTarget target = RenameTarget.at(resource, offset, elements);
			if (target == null) {
				return null;
			}
			Range range = documentExtensions.newRange(resource, target.region());
			return Either3.forSecond(new PrepareRenameResult(range, target.name()));
		});
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		ILanguageServerAccess access = options.getLanguageServerAccess();
		IResourceDescriptions index = read(() -> access.doReadIndex(context -> context.getIndex()));
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName().strip();
		return read(access, uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			int offset = context.getDocument().getOffSet(options.getRenameParams().getPosition());
			RenameTarget target = RenameTarget.at(resource, offset, elements);
			if (target == null) {
				throw invalid("Only the number of a document or of a footnote can be renamed; put the cursor on one.");
			}
			String problem = newNumberCheck.problem(target.element(), newName, index);
			if (problem != null) {
				throw invalid(problem);
			}
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			addEdit(changes, target.element().eResource(), declarationRegion(target.element()), newName);
			for (IReferenceDescription reference : referencesTo(target.element(), index, options)) {
				addReferenceEdit(changes, resource.getResourceSet(), reference, newName);
			}
			return new WorkspaceEdit(changes);
		});
	}

	/** Where the element's own number is written. */
	private static ITextRegion declarationRegion(EObject element) {
		if (element instanceof Document document) {
			return TextRegions.of(document, org.unres.dsl.unres.UnresPackage.Literals.DOCUMENT__DESIGNATION);
		}
		return RenameTarget.footnoteNumber((Footnote) element);
	}

	private List<IReferenceDescription> referencesTo(EObject element, IResourceDescriptions index, Options options) {
		TargetURIs targets = targetURIs.get();
		targetURICollector.add(element, targets);
		ResourceSet resourceSet = element.eResource().getResourceSet();
		IReferenceFinder.IResourceAccess resources = new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI targetURI, org.eclipse.xtext.util.concurrent.IUnitOfWork<R, ResourceSet> work) {
				try {
					return work.exec(resourceSet);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
		List<IReferenceDescription> references = new ArrayList<>();
		referenceFinder.findAllReferences(targets, resources, index,
				new ReferenceAcceptor(registry, references::add),
				new CancelIndicatorProgressMonitor(options.getCancelIndicator()));
		return references;
	}

	private void addReferenceEdit(Map<String, List<TextEdit>> changes, ResourceSet resourceSet,
			IReferenceDescription reference, String newName) {
		EObject source = resourceSet.getEObject(reference.getSourceEObjectUri(), true);
		if (source == null) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference.getEReference());
		int index = Math.max(0, reference.getIndexInList());
		if (index >= nodes.size()) {
			return;
		}
		addEdit(changes, source.eResource(), TextRegions.trimmed(nodes.get(index)), newName);
	}

	private void addEdit(Map<String, List<TextEdit>> changes, Resource resource, ITextRegion region, String text) {
		if (region == null) {
			return;
		}
		String uri = uriExtensions.toUriString(resource.getURI());
		changes.computeIfAbsent(uri, u -> new ArrayList<>())
				.add(new TextEdit(documentExtensions.newRange(resource, region), text));
	}

	static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}

	private static <T> T read(ILanguageServerAccess access, String uri,
			java.util.function.Function<ILanguageServerAccess.Context, T> work) {
		return read(() -> access.doRead(uri, work));
	}

	private static <T> T read(java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> request) {
		try {
			return request.get().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ResponseErrorException error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
