package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Format command lays a text out as the examples are laid out. */
class FormatTest {

	private static final String EXAMPLE = "resolution-20-8-budget-2012-2013.unres";
	private static IProject project;

	@BeforeAll
	static void createProject() throws CoreException {
		project = TestProjects.withExamples("formatted-examples", false);
	}

	@AfterAll
	static void deleteProject() throws CoreException {
		TestProjects.delete(project);
	}

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void formatRestoresTheLayoutOfAnExample() throws Exception {
		String example = TestProjects.example(EXAMPLE);
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		IDocument document = Workbench.documentOf(editor);
		document.set(example.replace("1. *Takes note* of the progress", "1.   *Takes note*   of the  progress")
				.replace("\n\n2. *Notes*", "\n\n\n\n2. *Notes*"));
		assertNotEquals(example, document.get());

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.unres.dsl.ui.format", null);

		assertEquals(example, document.get());
	}
}
