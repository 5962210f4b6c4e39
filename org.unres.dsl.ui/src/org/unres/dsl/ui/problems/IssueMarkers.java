package org.unres.dsl.ui.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.Strings;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.ui.UnresUi;

/**
 * Validation issues as problem markers of a workspace file: the Problems view lists them, the
 * editor shows them, and quick fixes find their issue code and data on them.
 */
public final class IssueMarkers {

	/** The issue code (IssueCodes) of a marker. */
	public static final String CODE = UnresUi.PLUGIN_ID + ".code";

	/** The issue data of a marker, packed with Xtext's Strings.pack. */
	public static final String DATA = UnresUi.PLUGIN_ID + ".data";

	private IssueMarkers() {
	}

	/** Replaces the file's problem markers with these issues, in one workspace operation. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				if (issue.getSeverity() != Severity.IGNORE) {
					file.createMarker(UnresUi.PROBLEM_MARKER, attributesOf(issue));
				}
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
	}

	public static void clear(IResource resource) throws CoreException {
		resource.deleteMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
	}

	static Map<String, Object> attributesOf(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, severityOf(issue.getSeverity()));
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, Strings.pack(issue.getData()));
		}
		return attributes;
	}

	public static int severityOf(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	/** The issue data stored on a marker, empty when there is none. */
	public static String[] dataOf(IMarker marker) {
		String packed = marker.getAttribute(DATA, null);
		if (packed == null) {
			return new String[0];
		}
		String[] items = Strings.unpack(packed);
		return items == null ? new String[0] : items;
	}
}
