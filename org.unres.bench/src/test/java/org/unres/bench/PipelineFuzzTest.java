package org.unres.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Mutates and truncates the real examples and checks that no stage of the pipeline throws and that
 * every issue has a line and column. The number of tries comes from jqwik.tries.default (300 in the
 * normal build; -Dunres.fuzz.tries=20000 for a long session); cases tried are logged to
 * target/fuzz-cases.txt.
 */
class PipelineFuzzTest {

	private static final List<SyntheticText> EXAMPLES = Examples.all();
	private static final AtomicInteger TRIED = new AtomicInteger();

	/** Pieces that matter to the grammar and the structure builder, plus plain noise. */
	private static final List<String> FRAGMENTS = List.of("\n", "\n\n", "*", "**", "[", "]", "[^", "[^1]", "[^1]: ", "(", ")",
			"(a) ", "(i) ", "a. ", "1. ", "99. ", "1.1. ", "## ", "# ", "|", "|---|", "|+ ", "- ", "@report ", "@body ", "@annex\n",
			"@adopted ", "session ", "“", "”", "\"", "//", ":", ";", ",", ".", "resolution 20/1", "paragraph 3", "Ibid.",
			"\t", "\r\n", "\u00a0", "é", "\uD83D\uDE00", "\\", "Resolution ", "Draft decision ");

	private record Mutation(int kind, double position, double length, String fragment) {
	}

	@Provide
	Arbitrary<Mutation> mutation() {
		return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
				Arbitraries.doubles().between(0, 0.05), Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
						Arbitraries.strings().ofMaxLength(6)))
				.as(Mutation::new);
	}

	@Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
	void noStageThrowsOnAMutatedExample(@ForAll("example") int example,
			@ForAll("mutations") List<Mutation> mutations, @ForAll("cut") double truncateAt) throws IOException {
		SyntheticText seed = EXAMPLES.get(example);
		String text = seed.content();
		for (Mutation m : mutations) {
			text = apply(text, m);
		}
		if (truncateAt < 1) {
			text = text.substring(0, (int) (text.length() * truncateAt));
		}
		TRIED.incrementAndGet();
		List<String> problems = Pipeline.problems(seed.fileName(), text);
		if (!problems.isEmpty()) {
			Files.writeString(Path.of("target", "fuzz-failure-" + TRIED.get() + ".unres"), text, StandardCharsets.UTF_8);
		}
		assertEquals(List.of(), problems, "case " + TRIED.get() + " from " + seed.fileName());
	}

	@Provide
	Arbitrary<Integer> example() {
		return Arbitraries.integers().between(0, EXAMPLES.size() - 1);
	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		return mutation().list().ofMaxSize(8);
	}

	/** Half the cases keep the whole text; the others are cut somewhere. */
	@Provide
	Arbitrary<Double> cut() {
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(1.0)),
				net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 1)));
	}

	private static String apply(String text, Mutation m) {
		int at = (int) (text.length() * m.position());
		int end = Math.min(text.length(), at + (int) (text.length() * m.length()));
		return switch (m.kind()) {
		case 0 -> text.substring(0, at) + m.fragment() + text.substring(at); // insert
		case 1 -> text.substring(0, at) + text.substring(end); // delete a span
		case 2 -> text.substring(0, at) + m.fragment() + text.substring(end); // replace a span
		default -> text.substring(0, at) + text.substring(at, end) + text.substring(at); // duplicate a span
		};
	}

	@AfterContainer
	static void recordCasesTried() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "fuzz-cases.txt"), java.time.Instant.now() + " " + TRIED.get()
				+ " mutated examples tried\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
