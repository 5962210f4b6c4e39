package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unres.dsl.ui.UnresUi;
import org.xml.sax.InputSource;

/**
 * The builder of a project with the UNRES nature writes the Akoma Ntoso and HTML of its texts
 * into generated/, as the command line lays them out, and a clean removes them.
 */
class BuilderTest {

	@RegisterExtension
	static final ExampleProject project = ExampleProject.builtWithTheUnresBuilder("published-examples");

	@Test
	void everyExampleGetsItsAknAndHtmlAndTheIndexListsThem() throws Exception {
		List<String> akn = names(project.get().getFolder("generated/akn"));
		List<String> html = names(project.get().getFolder("generated/html"));
		assertEquals(TestProjects.exampleFiles().size(), akn.size(), "AKN files: " + akn);
		assertEquals(TestProjects.exampleFiles().size() + 1, html.size(), "HTML files: " + html);
		assertTrue(akn.contains("ccpcj-resolution-20-8.xml"), akn.toString());
		assertTrue(html.contains("ccpcj-resolution-20-8.html"), html.toString());
		String index = read("generated/html/index.html");
		for (String page : html) {
			if (!page.equals("index.html")) {
				assertTrue(index.contains("href=\"" + page + "\""), "the index links " + page);
			}
		}
		assertTrue(read("generated/html/ccpcj-resolution-20-8.html")
				.contains("Budget for the biennium 2012-2013 for the United Nations Crime Prevention and Criminal Justice Fund"));
		assertTrue(project.get().getFolder("generated").isDerived(), "generated/ is marked derived");
	}

	@Test
	void theAknIsValidAgainstTheOfficialSchema() throws Exception {
		Path schema = sharedFolder().resolve("akn/akomantoso30.xsd");
		var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema.toFile()).newValidator();
		for (String name : names(project.get().getFolder("generated/akn"))) {
			String xml = read("generated/akn/" + name);
			validator.validate(new StreamSource(new StringReader(xml), name));
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			assertEquals("akomaNtoso",
					factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement().getLocalName());
		}
	}

	@Test
	void aTextWithErrorsGetsNoOutputAndLosesTheOutputItHad() throws Exception {
		String text = TestProjects.example("resolution-20-2-budget-2010-2011.unres");
		var file = project.getFile("resolution-20-2-budget-2010-2011.unres");
		try {
			// a repeated heading line is an error
			TestProjects.write(file, text.replaceFirst("(\n@body[^\n]*)", "$1$1"));
			project.get().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
			assertTrue(Stream.of(file.findMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_ZERO))
					.anyMatch(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
					"the broken text has an error");
			assertFalse(names(project.get().getFolder("generated/akn")).contains("ccpcj-resolution-20-2.xml"));
			assertFalse(names(project.get().getFolder("generated/html")).contains("ccpcj-resolution-20-2.html"));
		} finally {
			TestProjects.write(file, text);
			project.get().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
		}
		assertTrue(names(project.get().getFolder("generated/akn")).contains("ccpcj-resolution-20-2.xml"));
	}

	@Test
	void cleanRemovesWhatTheBuilderWroteAndItsMarkers() throws CoreException {
		try {
			project.get().build(IncrementalProjectBuilder.CLEAN_BUILD, new NullProgressMonitor());
			assertFalse(project.get().getFolder("generated").exists());
			assertFalse(Files.exists(project.get().getLocation().toFile().toPath().resolve("generated")));
			assertEquals(0, project.get().findMarkers(UnresUi.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE).length);
		} finally {
			project.get().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		}
		assertTrue(project.get().getFolder("generated/html").exists());
	}

	private static List<String> names(IFolder folder) throws CoreException {
		folder.refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
		if (!folder.exists()) {
			return List.of();
		}
		return Stream.of(folder.members()).map(IResource::getName).sorted().toList();
	}

	private static String read(String path) throws CoreException {
		return TestProjects.read(project.getFile(path));
	}

	private static Path sharedFolder() throws IOException {
		String value = System.getProperty("unres.shared");
		assertTrue(value != null && Files.isDirectory(Path.of(value)), "the build sets unres.shared: " + value);
		return Path.of(value);
	}
}
