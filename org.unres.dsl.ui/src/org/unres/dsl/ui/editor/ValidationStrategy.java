package org.unres.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;
import org.unres.dsl.ui.problems.IssueMarkers;
import org.unres.dsl.ui.problems.ProblemAnnotations;

/**
 * The reconciler's work on each state of the text: validation as markers (workspace files) or
 * annotations (other files), and semantic highlighting.
 */
class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private static final ILog LOG = ILog.of(ValidationStrategy.class);

	private record Result(ParsedText parsed, List<Issue> issues, List<HighlightedRange> highlights) {
	}

	private final SemanticHighlighter highlighter = new SemanticHighlighter();
	private ITextViewer viewer;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();
	private ProblemAnnotations annotations;

	void install(ITextViewer textViewer) {
		viewer = textViewer;
		highlighter.install(textViewer);
	}

	void uninstall() {
		highlighter.uninstall();
		viewer = null;
	}

	@Override
	public void setDocument(IDocument newDocument) {
		document = newDocument;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor progressMonitor) {
		monitor = progressMonitor;
	}

	@Override
	public void initialReconcile() {
		check();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		check();
	}

	@Override
	public void reconcile(IRegion partition) {
		check();
	}

	private void check() {
		IDocument checked = document;
		if (checked == null) {
			return;
		}
		CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
		DocumentModel model = DocumentModel.of(checked);
		try {
			Result result = model.read(parsed -> new Result(parsed,
					LanguageServices.get(IResourceValidator.class).validate(parsed.resource(), CheckMode.ALL, cancel),
					SemanticHighlighter.compute(parsed.resource(), cancel)));
			if (cancel.isCanceled()) {
				return;
			}
			showProblems(model, result.issues());
			highlighter.show(result.highlights(), result.parsed().text());
			model.reconciled(result.parsed());
		} catch (RuntimeException e) {
			if (!LanguageServices.get(OperationCanceledManager.class).isOperationCanceledException(e)) {
				LOG.error("Checking " + model.uri() + " failed", e);
			}
		}
	}

	private void showProblems(DocumentModel model, List<Issue> issues) {
		IFile file = model.file();
		if (file != null) {
			try {
				IssueMarkers.replace(file, issues);
			} catch (CoreException e) {
				LOG.error("Cannot mark problems of " + file.getFullPath(), e);
			}
		} else if (viewer instanceof ISourceViewer sourceViewer && sourceViewer.getAnnotationModel() != null) {
			if (annotations == null) {
				annotations = new ProblemAnnotations(sourceViewer.getAnnotationModel());
			}
			annotations.show(issues);
		}
	}
}
