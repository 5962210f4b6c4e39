package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Format command lays a text out as the examples are laid out. */
class FormatTest {

	private static final String EXAMPLE = "resolution-20-8-budget-2012-2013.unres";
	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("formatted-examples");

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
