package org.unres.dsl.ui.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The workspace project of one test class: a copy of every example, created before the class's
 * tests and deleted after them; the editors a test opened are closed after it. Register it as a
 * static field with {@code @RegisterExtension}.
 */
final class ExampleProject implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private final String name;
	private final boolean built;
	private IProject project;

	private ExampleProject(String name, boolean built) {
		this.name = name;
		this.built = built;
	}

	/** A plain project: no UNRES builder. */
	static ExampleProject named(String name) {
		return new ExampleProject(name, false);
	}

	/**
	 * A project with the UNRES builder, built once; automatic building is off while the class
	 * runs, so that the tests run the builder themselves and know when it has run.
	 */
	static ExampleProject builtWithTheUnresBuilder(String name) {
		return new ExampleProject(name, true);
	}

	IProject get() {
		return project;
	}

	IFile getFile(String path) {
		return project.getFile(path);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (built) {
			TestProjects.setAutoBuilding(false);
		}
		project = TestProjects.withExamples(name, built);
		if (built) {
			project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Workbench.closeEditors();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		TestProjects.delete(project);
		if (built) {
			TestProjects.setAutoBuilding(true);
		}
	}
}
