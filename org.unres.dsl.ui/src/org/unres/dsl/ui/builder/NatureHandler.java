package org.unres.dsl.ui.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Configure > Add/Remove UNRES builder on the selected projects. */
public class NatureHandler extends AbstractHandler {

	public static final String ADD = "org.unres.dsl.ui.addNature";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (!(selection instanceof IStructuredSelection structured)) {
			return null;
		}
		boolean add = ADD.equals(event.getCommand().getId());
		for (Object element : structured) {
			IProject project = Adapters.adapt(element, IProject.class);
			if (project == null || !project.isOpen()) {
				continue;
			}
			try {
				if (add) {
					UnresNature.addTo(project, null);
				} else {
					UnresNature.removeFrom(project, null);
				}
			} catch (CoreException e) {
				throw new ExecutionException("Cannot change the builders of " + project.getName(), e);
			}
		}
		return null;
	}
}
