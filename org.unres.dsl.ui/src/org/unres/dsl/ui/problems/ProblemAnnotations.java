package org.unres.dsl.ui.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Issues of a text that is not a workspace file (opened from the file system) as editor
 * annotations; workspace files get markers instead.
 */
public final class ProblemAnnotations {

	private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final IAnnotationModel model;
	private List<Annotation> shown = new ArrayList<>();

	public ProblemAnnotations(IAnnotationModel model) {
		this.model = model;
	}

	public synchronized void show(List<Issue> issues) {
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getOffset() == null || issue.getLength() == null) {
				continue;
			}
			added.put(new Annotation(typeOf(issue.getSeverity()), false, issue.getMessage()),
					new Position(issue.getOffset(), issue.getLength()));
		}
		Annotation[] removed = shown.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		shown = new ArrayList<>(added.keySet());
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}
}
