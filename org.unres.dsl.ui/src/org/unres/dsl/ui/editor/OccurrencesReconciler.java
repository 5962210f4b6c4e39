package org.unres.dsl.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;

/**
 * Mark occurrences: where the caret stands on a reference or on what references point to (a
 * footnote, a cited text), the other places of the text that name the same thing are
 * highlighted, from the language's IDocumentHighlightService.
 */
public class OccurrencesReconciler extends Reconciler {

	/** The Generic Editor's annotation type for occurrences (its preferences colour it). */
	static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private static final ILog LOG = ILog.of(OccurrencesReconciler.class);

	private final ISelectionChangedListener caretListener = this::caretMoved;
	private ISourceViewer viewer;
	private Annotation[] shown = new Annotation[0];
	private Job job;

	public OccurrencesReconciler() {
		// the caret drives the highlights; edits only clear them
		setReconcilingStrategy(new IReconcilingStrategy() {
			@Override
			public void setDocument(IDocument document) {
			}

			@Override
			public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			}

			@Override
			public void reconcile(IRegion partition) {
			}
		}, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		if (textViewer instanceof ISourceViewer sourceViewer
				&& sourceViewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			viewer = sourceViewer;
			selections.addPostSelectionChangedListener(caretListener);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretListener);
		}
		viewer = null;
		super.uninstall();
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection selection) || viewer == null
				|| !UnresInputs.isUnres(viewer.getDocument())) {
			return;
		}
		ISourceViewer target = viewer;
		IDocument document = target.getDocument();
		int offset = selection.getOffset();
		if (job != null) {
			job.cancel();
		}
		job = Job.create("Marking occurrences", (IProgressMonitor monitor) -> {
			try {
				List<Position> positions = DocumentModel.of(document).read(parsed -> highlights(parsed, offset));
				if (!monitor.isCanceled() && target.getTextWidget() != null && !target.getTextWidget().isDisposed()) {
					target.getTextWidget().getDisplay().asyncExec(() -> show(target, positions));
				}
			} catch (RuntimeException e) {
				LOG.error("Marking occurrences failed", e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * The places the highlight service names for an offset, when the caret stands on one of them
	 * and there are at least two: on plain prose the service names the run of words around the
	 * caret alone, which is no occurrence of anything.
	 */
	public static List<Position> highlights(ParsedText parsed, int offset) {
		DocumentHighlightParams params = new DocumentHighlightParams(
				new TextDocumentIdentifier(parsed.resource().getURI().toString()), parsed.positionOf(offset));
		List<? extends DocumentHighlight> highlights = LanguageServices.get(IDocumentHighlightService.class)
				.getDocumentHighlights(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl);
		List<Position> positions = highlights.stream().map(highlight -> {
			IRegion words = Words.of(parsed.text(), parsed.offsetOf(highlight.getRange().getStart()),
					parsed.offsetOf(highlight.getRange().getEnd()));
			return new Position(words.getOffset(), words.getLength());
		}).toList();
		boolean onOne = positions.stream()
				.anyMatch(position -> offset >= position.getOffset() && offset <= position.getOffset() + position.getLength());
		return onOne && positions.size() > 1 ? positions : List.of();
	}

	private void show(ISourceViewer target, List<Position> positions) {
		IAnnotationModel model = target.getAnnotationModel();
		if (target != viewer || !(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position position : positions) {
			added.put(new Annotation(ANNOTATION_TYPE, false, "Occurrence"), position);
		}
		extension.replaceAnnotations(shown, added);
		shown = added.keySet().toArray(Annotation[]::new);
	}
}
