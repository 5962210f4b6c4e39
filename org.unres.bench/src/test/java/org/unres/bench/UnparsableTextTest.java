package org.unres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unres.dsl.formatting2.TextFormatter;

/** Texts from which the parser builds no document at all (found by the fuzz test: the formatter threw on them). */
class UnparsableTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "x", "// only a comment\n", "扮 Decision 20/1\n# Title\n" })
	void theFormatterLeavesTheTextAsItIs(String text) {
		XtextResource resource = LoadedCorpus.parse(List.of(new SyntheticText("broken.unres", text))).resources().get(0);
		assertEquals(text, LoadedCorpus.injector().getInstance(TextFormatter.class).format(resource));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "x", "// only a comment\n", "扮 Decision 20/1\n# Title\n" })
	void everyStageCopesAndPlacesItsIssues(String text) {
		assertEquals(List.of(), Pipeline.problems("broken.unres", text));
	}

	/** Found by the fuzz test: naming a draft threw while the body or the session of '@recommended-by' was missing. */
	@ParameterizedTest
	@ValueSource(strings = { "@recommended-by CCPCJ\n", "@recommended-by CCPCJ session\n", "@recommended-by\n" })
	void aDraftWhoseRecommendingSessionIsMissing(String line) {
		String text = "Draft resolution\n" + line + "@body ECOSOC\n\n# Title\n\nThe Economic and Social Council,\n\n"
				+ "1. *Requests* the Secretariat to act.\n";
		assertEquals(List.of(), Pipeline.problems("draft.unres", text));
	}

	/** Found by the fuzz test: a '*' inside a cited body's name left the citation without its kind, and the HTML generator threw. */
	@Test
	void aCitationBrokenBeforeItsKind() {
		String text = "Draft resolution\n@body ECOSOC\n\n# Title\n\nThe Economic and Social Council,\n\n"
				+ "1. *Requests* the Secretariat to act, bearing in mind [paragraph 12 of Economic and Soci*al Council resolution 2010/19];\n";
		assertEquals(List.of(), Pipeline.problems("draft.unres", text));
	}

	@Test
	void aDraftEndingWithAnEmptyRecommendation() {
		assertEquals(List.of(), Pipeline.problems("draft.unres", "Draft decision\n@body ECOSOC\n@recommended-by "));
	}
}
