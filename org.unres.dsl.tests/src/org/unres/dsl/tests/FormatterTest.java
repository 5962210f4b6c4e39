package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unres.dsl.formatting2.TextFormatter;

import com.google.inject.Inject;

/** The formatter only moves whitespace, and formatting its own output changes nothing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class FormatterTest {

	@Inject
	private DocumentTester tester;

	@Inject
	private TextFormatter formatter;

	static List<Path> examples() {
		return Workspaces.exampleFiles();
	}

	private String format(String text, String name) {
		ResourceSet workspace = tester.newWorkspace();
		return formatter.format((XtextResource) tester.parse(text, name, workspace).eResource());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void formattingIsStableAndKeepsTheText(Path file) {
		String original = Workspaces.read(file);
		String once = format(original, file.getFileName().toString());
		String twice = format(once, file.getFileName().toString());
		assertEquals(once, twice, "formatting " + file.getFileName() + " twice changes it");
		assertEquals(withoutWhitespace(original), withoutWhitespace(once), "the formatter changed more than whitespace");
		assertEquals(original, once, "the examples are kept in the formatter's layout");
	}

	@Test
	void normalisesLayout() {
		String messy = "Resolution   20/99\n@body  CCPCJ   session 20\n# Testing the formatter\nThe Commission on Crime"
				+ " Prevention and Criminal Justice,\n*Recalling*   its resolution  18/3,\n1. *Requests*  the Secretariat"
				+ " to report.\n@report   by UNODC-ED to CCPCJ session 21\n[^1]:  [E/CN.15/2011/9].\n";
		String expected = """
				Resolution 20/99
				@body CCPCJ session 20

				# Testing the formatter

				The Commission on Crime Prevention and Criminal Justice,

				*Recalling* its resolution 18/3,

				1. *Requests* the Secretariat to report.
				@report by UNODC-ED to CCPCJ session 21

				[^1]: [E/CN.15/2011/9].
				""";
		assertEquals(expected, format(messy, "messy.unres"));
	}

	@Test
	void paragraphWithOnlyALeadKeepsItsSubParagraphsOnTheirLines() {
		String text = Texts.resolution("\n1. *Main objectives:*\n\n(a) first objective;\n\n(b) second objective.\n");
		assertEquals(text, format(text, "lead-only.unres"));
	}

	@Test
	void commentLinesStayWhereTheyAre() {
		String text = "// renders a corpus text\n" + Texts.resolution("\n// a note for drafters\n1. *Requests*, to that end, the"
				+ " Secretariat to act.\n");
		assertEquals(text, format(text, "comments.unres"));
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}
}
