package org.unres.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.unres.dsl.generator.AtomicFiles;

/**
 * The HTML page of every bundled example, and the index of them all, generated through the
 * standalone setup and checked by the Nu HTML Checker: no errors allowed, warnings reported. The
 * pages stay in target/html-pages for a look in a browser.
 */
class HtmlValidityTest {

	private static final Path OUTPUT = Path.of("target", "html-pages");

	private static Map<String, String> pages;
	private static NuChecker checker;

	@BeforeAll
	static void generateAndPrepareChecker() throws Exception {
		String examples = System.getProperty("unres.examples");
		pages = HtmlPages.generate(List.of(Path.of(examples)));
		for (Map.Entry<String, String> page : pages.entrySet()) {
			AtomicFiles.write(OUTPUT.resolve(page.getKey()), page.getValue());
		}
		checker = new NuChecker();
	}

	@TestFactory
	Stream<DynamicTest> everyPageIsValidHtml5() {
		return pages.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
			List<NuChecker.Message> messages = checker.check(OUTPUT.resolve(name));
			List<NuChecker.Message> warnings = messages.stream().filter(NuChecker.Message::isWarning).toList();
			if (!warnings.isEmpty()) {
				System.out.println(name + ": " + warnings.size() + " Nu warning(s):\n  "
						+ warnings.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
			}
			List<NuChecker.Message> errors = messages.stream().filter(NuChecker.Message::isError).toList();
			assertEquals(List.of(), errors, name + " has Nu errors");
		}));
	}

	@Test
	void indexLinksEveryPage() {
		String index = pages.get(HtmlPages.INDEX);
		assertTrue(pages.size() > 1, "the examples yield pages: " + pages.keySet());
		for (String name : pages.keySet()) {
			if (!name.equals(HtmlPages.INDEX)) {
				assertTrue(index.contains("href=\"" + name + "\""), "the index links " + name);
			}
		}
	}

	/** The checker is not blind: a generated page without its required title element is rejected. */
	@Test
	void checkerRejectsABrokenPage() throws Exception {
		String name = pages.keySet().iterator().next();
		String broken = pages.get(name).replaceFirst("<title>[^<]*</title>", "");
		assertFalse(broken.equals(pages.get(name)), "the page had a title");
		Path file = OUTPUT.resolve("broken-" + name);
		Files.writeString(file, broken);
		try {
			assertTrue(checker.check(file).stream().anyMatch(NuChecker.Message::isError),
					"a head without title is an error");
		} finally {
			Files.delete(file);
		}
	}
}
