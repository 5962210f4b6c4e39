package org.unres.dsl.ui.wizard;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.unres.dsl.ui.builder.UnresNature;

/** File > New > UNRES resolution or decision: a new text from a skeleton, opened in the editor. */
public class NewTextWizard extends Wizard implements INewWizard {

	private static final ILog LOG = ILog.of(NewTextWizard.class);

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private NewTextPage page;

	@Override
	public void init(IWorkbench targetWorkbench, IStructuredSelection currentSelection) {
		workbench = targetWorkbench;
		selection = currentSelection;
		setWindowTitle("New UNRES text");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new NewTextPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			if (page.addsBuilder()) {
				UnresNature.addTo(file.getProject(), null);
			}
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			LOG.error("Cannot open " + file.getFullPath(), e);
		} catch (CoreException e) {
			LOG.error("Cannot add the UNRES builder to " + file.getProject().getName(), e);
		}
		return true;
	}
}
