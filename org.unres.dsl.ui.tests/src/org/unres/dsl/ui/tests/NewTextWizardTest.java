package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unres.dsl.ui.UnresUi;

/** File > New > UNRES Resolution or Decision creates a valid text in the selected project and opens it. */
class NewTextWizardTest {

	private IProject project;
	private WizardDialog dialog;

	@BeforeEach
	void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-texts");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
	}

	@AfterEach
	void cleanUp() throws CoreException {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Workbench.closeEditors();
		TestProjects.delete(project);
	}

	@Test
	void aDraftDecisionFromTheSkeleton() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.unres.dsl.ui.newText");
		INewWizard wizard = (INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();

		select((Combo) fieldAfter("Kind:"), "Draft decision");
		select((Combo) fieldAfter("Acting body:"), "ECOSOC");
		((Text) fieldAfter("Number:")).setText("IV");
		((Text) fieldAfter("Title:")).setText("Strengthening the rule of law");
		assertTrue(wizard.canFinish(), "the page is complete");
		assertTrue(wizard.performFinish());

		IFile file = project.getFile("draft-decision-iv-for-ecosoc.unres");
		assertTrue(file.exists(), "created " + List.of(project.members()));
		String text = TestProjects.read(file);
		assertTrue(text.startsWith("Draft decision IV\n@body ECOSOC\n@recommended-by CCPCJ session 20\n"), text);
		assertTrue(text.contains("# Strengthening the rule of law\n\nThe Economic and Social Council:"), text);
		assertTrue(project.hasNature(UnresUi.NATURE_ID), "the builder is added");
		assertEquals(file, ((IFileEditorInput) Workbench.page().getActiveEditor().getEditorInput()).getFile());

		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		List<String> problems = new ArrayList<>();
		for (IMarker marker : file.findMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.SEVERITY, 0) > IMarker.SEVERITY_INFO) {
				problems.add(marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		assertTrue(problems.isEmpty(), problems.toString());
		assertTrue(project.getFile("generated/html/ccpcj-20-draft-decision-iv-for-ecosoc.html").exists(),
				"the new text is published");
	}

	private Control fieldAfter(String label) {
		List<Control> controls = new ArrayList<>();
		collect(dialog.getShell(), controls);
		for (int i = 0; i < controls.size() - 1; i++) {
			if (controls.get(i) instanceof Label each && label.equals(each.getText())) {
				return controls.get(i + 1);
			}
		}
		throw new AssertionError("no field " + label);
	}

	private static void collect(Control control, List<Control> into) {
		into.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	private static void select(Combo combo, String startingWith) {
		for (int i = 0; i < combo.getItemCount(); i++) {
			if (combo.getItem(i).startsWith(startingWith)) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("no item " + startingWith + " in " + List.of(combo.getItems()));
	}
}
