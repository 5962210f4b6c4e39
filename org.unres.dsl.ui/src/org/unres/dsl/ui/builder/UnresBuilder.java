package org.unres.dsl.ui.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.ui.UnresUi;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.SourceFiles;
import org.unres.dsl.ui.model.WorkspaceFiles;
import org.unres.dsl.ui.model.WorkspaceParser;
import org.unres.dsl.ui.problems.IssueMarkers;
import org.unres.dsl.unres.Document;

/**
 * Checks the {@code .unres} files of a project whenever a {@code .unres} file of the workspace
 * changes (a citation may link across projects), marks their problems, and generates the HTML and
 * Akoma Ntoso of the texts without errors into {@code generated/}. All files of the project are
 * checked together, against the index of the workspace, as the command line checks the files it
 * is given. A clean removes the markers and what the builder generated.
 */
public class UnresBuilder extends IncrementalProjectBuilder {

	private static final ILog LOG = ILog.of(UnresBuilder.class);

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject[] others = otherProjects();
		if (kind == FULL_BUILD || sourcesChanged(getProject()) || Arrays.stream(others).anyMatch(this::sourcesChanged)) {
			check(SubMonitor.convert(monitor, "Checking UNRES texts of " + getProject().getName(), 100));
		}
		// deltas of the other projects tell whether their texts changed next time
		return others;
	}

	private IProject[] otherProjects() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(project -> project.isAccessible() && !project.equals(getProject())).toArray(IProject[]::new);
	}

	private boolean sourcesChanged(IProject project) {
		IResourceDelta delta = getDelta(project);
		if (delta == null) {
			return project.equals(getProject()); // no delta: build everything once
		}
		boolean[] changed = { false };
		try {
			delta.accept(child -> {
				if (child.getResource() instanceof IFile file && UnresUi.FILE_EXTENSION.equals(file.getFileExtension())
						&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed[0] = true;
				}
				return !changed[0];
			});
		} catch (CoreException e) {
			return true;
		}
		return changed[0];
	}

	private void check(SubMonitor monitor) throws CoreException {
		List<IFile> files = SourceFiles.in(getProject());
		monitor.setWorkRemaining(files.size() * 2);
		XtextResourceSet resourceSet = WorkspaceParser.newResourceSet();
		List<XtextResource> resources = new ArrayList<>();
		for (IFile file : files) {
			checkCanceled(monitor);
			monitor.subTask("Parsing " + file.getName());
			try {
				resources.add(WorkspaceFiles.load(resourceSet, file));
			} catch (IOException e) {
				LOG.error("Cannot read " + file.getFullPath(), e);
				resources.add(null);
			}
			monitor.worked(1);
		}
		IResourceValidator validator = LanguageServices.get(IResourceValidator.class);
		CancelIndicator cancel = monitor::isCanceled;
		Map<Document, IFile> valid = new LinkedHashMap<>();
		for (int i = 0; i < files.size(); i++) {
			checkCanceled(monitor);
			IFile file = files.get(i);
			XtextResource resource = resources.get(i);
			monitor.subTask("Checking " + file.getName());
			if (resource != null) {
				List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
				if (!isEditedUnsaved(file)) {
					IssueMarkers.replace(file, issues);
				}
				if (issues.stream().noneMatch(issue -> issue.getSeverity() == Severity.ERROR)
						&& !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
					valid.put(document, file);
				}
			}
			monitor.worked(1);
		}
		publish(valid, monitor);
	}

	private void publish(Map<Document, IFile> documents, IProgressMonitor monitor) throws CoreException {
		GeneratedOutput output = new GeneratedOutput(getProject());
		if (!output.isWritable()) {
			LOG.warn(getProject().getName() + " is not on the local file system: nothing is generated");
			return;
		}
		monitor.subTask("Generating HTML and Akoma Ntoso");
		try {
			Publisher.publish(output, documents, monitor);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot write the outputs of " + getProject().getName() + ": "
					+ e.getMessage(), e));
		}
	}

	/** An editor with unsaved changes keeps the markers of its own text. */
	private static boolean isEditedUnsaved(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		return buffer != null && buffer.isDirty();
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		IssueMarkers.clear(getProject());
		new GeneratedOutput(getProject()).clean(monitor);
	}
}
