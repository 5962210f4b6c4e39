package org.unres.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A reproducible corpus of Economic and Social Council resolutions with the structure of the real
 * texts: preambular openers and operative verbs from the built-in library, sub-paragraphs in two
 * levels, headings, tables, footnotes, citations of earlier texts of the same corpus and of UN
 * documents, references to own paragraphs, and a closing reporting request. The same seed and
 * size give the same texts, byte for byte.
 */
public final class SyntheticCorpus {

	/** Texts per year: numbers 1..900 fit the Council's numbering "2011/900". */
	private static final int TEXTS_PER_YEAR = 900;
	private static final int FIRST_YEAR = 1950;

	private static final String[] SUBJECTS = { "international cooperation in criminal matters",
			"the prevention of crime and the treatment of offenders", "technical assistance to Member States",
			"the rule of law and criminal justice reform", "the protection of victims and witnesses",
			"the exchange of information between competent authorities", "the collection and analysis of data on crime",
			"capacity-building in the criminal justice sector", "the governance and financial situation of the Office",
			"the implementation of the relevant international instruments" };
	private static final String[] ACTORS = { "Member States", "the United Nations Office on Drugs and Crime",
			"the Secretariat", "relevant intergovernmental organizations", "the regional commissions",
			"States parties", "donor countries and other donors" };
	private static final String[] ACTIONS = { "to strengthen their efforts in the field of", "to continue to support",
			"to share experience and good practices on", "to provide extrabudgetary resources for",
			"to consider ways of improving", "to report on progress made in" };
	private static final String[] HEADINGS = { "Technical assistance", "Evaluation and oversight",
			"Programme of work", "Cooperation and coordination" };

	private final Vocabulary vocabulary;
	private final long seed;

	public SyntheticCorpus(long seed) {
		this(Vocabulary.builtin(), seed);
	}

	SyntheticCorpus(Vocabulary vocabulary, long seed) {
		this.vocabulary = vocabulary;
		this.seed = seed;
	}

	/** The first {@code size} texts; text i depends only on the seed and i, so corpora of different sizes share their prefix. */
	public List<SyntheticText> texts(int size) {
		List<SyntheticText> texts = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			texts.add(text(i));
		}
		return texts;
	}

	public SyntheticText text(int index) {
		return text(index, 0);
	}

	/**
	 * Text i with the given number of operative paragraphs (0: as many as the seed draws), for
	 * measuring an editor on one long text among ordinary ones.
	 */
	public SyntheticText text(int index, int operativeParagraphs) {
		Random random = new Random(seed * 1_000_003L + index);
		return new SyntheticText(fileName(index), new TextWriter(index, random, operativeParagraphs).write());
	}

	static String fileName(int index) {
		return "resolution-" + number(index).replace('/', '-') + ".unres";
	}

	static String number(int index) {
		return year(index) + "/" + (index % TEXTS_PER_YEAR + 1);
	}

	private static int year(int index) {
		return FIRST_YEAR + index / TEXTS_PER_YEAR;
	}

	/** Adoption dates grow with the index, so a text may cite any text with a smaller index. */
	static LocalDate adopted(int index) {
		int dayOfYear = 1 + (index % TEXTS_PER_YEAR) * 360 / TEXTS_PER_YEAR;
		return LocalDate.ofYearDay(year(index), dayOfYear);
	}

	static String printed(LocalDate date) {
		return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
	}

	/** Writes one text; holds the counters (footnotes, openers used) of that text only. */
	private final class TextWriter {

		private final int index;
		private final Random random;
		private final StringBuilder out = new StringBuilder(8192);
		private final Set<String> openersUsed = new HashSet<>();
		private final Set<String> verbsUsed = new HashSet<>();
		private final int operativeParagraphs;
		private int footnotes;

		TextWriter(int index, Random random, int operativeParagraphs) {
			this.index = index;
			this.random = random;
			this.operativeParagraphs = operativeParagraphs;
		}

		String write() {
			String subject = pick(SUBJECTS);
			line("// Synthetic text " + index + " (seed " + seed + ")");
			line("Resolution " + number(index));
			line("@body ECOSOC");
			line("@adopted " + printed(adopted(index)) + " meeting " + (1 + random.nextInt(50)));
			line("");
			line("# Strengthening " + subject);
			line("");
			line("The Economic and Social Council,");
			line("");
			int preambular = 2 + random.nextInt(6);
			for (int p = 0; p < preambular; p++) {
				preambular();
			}
			int drawn = 3 + random.nextInt(12); // drawn always, so that the rest of the text stays the same
			int operative = operativeParagraphs > 0 ? operativeParagraphs : drawn;
			for (int n = 1; n < operative; n++) {
				if (n > 2 && random.nextInt(8) == 0) {
					line("## " + pick(HEADINGS));
					line("");
				}
				operative(n);
			}
			reportingRequest(operative);
			return out.toString();
		}

		private void preambular() {
			String opener = fresh(pick(vocabulary.openers()), openersUsed, " also");
			StringBuilder text = new StringBuilder("*" + opener + "* the importance of " + pick(SUBJECTS));
			List<String> notes = new ArrayList<>();
			if (index > 0 && random.nextInt(2) == 0) {
				int cited = random.nextInt(index);
				text.append(", as addressed in [Economic and Social Council resolution ").append(number(cited)).append(" of ")
						.append(printed(adopted(cited))).append(']');
			}
			if (random.nextInt(3) == 0) {
				text.append(" and the report of the Secretary-General on the subject");
				notes.add(footnote(text));
			}
			line(text + ",");
			line("");
			notes(notes);
		}

		private void operative(int n) {
			String verb = fresh(pick(vocabulary.verbs()), verbsUsed, null);
			StringBuilder text = new StringBuilder(n + ". *" + verb + "* " + pick(ACTORS) + " " + pick(ACTIONS) + " "
					+ pick(SUBJECTS));
			List<String> notes = new ArrayList<>();
			if (n > 1 && random.nextInt(4) == 0) {
				text.append(", as set out in [paragraph ").append(1 + random.nextInt(n - 1)).append(']');
			}
			if (random.nextInt(4) == 0) {
				text.append(", taking into account the relevant documents");
				notes.add(footnote(text));
			}
			int shape = random.nextInt(6);
			if (shape == 0) {
				line(text + ", with the following elements:");
				line("");
				subParagraphs();
			} else if (shape == 1) {
				line(text + ", as indicated below;");
				line("");
				table();
			} else {
				line(text + ";");
				line("");
			}
			notes(notes);
		}

		private void subParagraphs() {
			int count = 2 + random.nextInt(4);
			for (int s = 0; s < count; s++) {
				String label = "(" + (char) ('a' + s) + ")";
				if (random.nextInt(4) == 0) {
					line(label + " The strengthening of " + pick(SUBJECTS) + ", including:");
					line("");
					int inner = 2 + random.nextInt(3);
					for (int r = 0; r < inner; r++) {
						line("(" + roman(r + 1) + ") Measures concerning " + pick(SUBJECTS) + ";");
						line("");
					}
				} else {
					line(label + " The promotion of " + pick(SUBJECTS) + ";");
					line("");
				}
			}
		}

		private void table() {
			line("|+ Resource projections (thousands of United States dollars)");
			line("| *Category* | *" + (year(index) - 1) + "* | *" + year(index) + "* |");
			line("|---|---|---|");
			int rows = 2 + random.nextInt(6);
			for (int r = 0; r < rows; r++) {
				line("| " + pick(HEADINGS) + " | " + amount() + " | " + amount() + " |");
			}
			line("");
		}

		private void reportingRequest(int n) {
			int year = year(index) + 1 + random.nextInt(2);
			line(n + ". *" + fresh("Requests", verbsUsed, null) + "* the Secretary-General to report to the Council in "
					+ year + " on the implementation of the present resolution.");
			line("@report by SG to ECOSOC in " + year);
		}

		/** Adds a marker to the text and returns the note that goes with it. */
		private String footnote(StringBuilder text) {
			footnotes++;
			text.append("[^").append(footnotes).append(']');
			String note = random.nextBoolean()
					? "[E/CN.15/" + year(index) + "/" + (1 + random.nextInt(30)) + "]."
					: "See the report of the Secretary-General on " + pick(SUBJECTS) + ".";
			return "[^" + footnotes + "]: " + note;
		}

		private void notes(List<String> notes) {
			for (String note : notes) {
				line(note);
				line("");
			}
		}

		/** An opener or verb used a second time takes "also" (after an opener, before a verb), as the texts do. */
		private String fresh(String word, Set<String> used, String openerSuffix) {
			if (used.add(word)) {
				return word;
			}
			if (openerSuffix != null) {
				return word + openerSuffix;
			}
			return "Also " + Character.toLowerCase(word.charAt(0)) + word.substring(1);
		}

		private String amount() {
			return String.format(Locale.ROOT, "%d.%d", random.nextInt(20_000), random.nextInt(10));
		}

		private <T> T pick(List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

		private String pick(String[] values) {
			return values[random.nextInt(values.length)];
		}

		private void line(String text) {
			out.append(text).append('\n');
		}
	}

	private static String roman(int n) {
		return switch (n) {
		case 1 -> "i";
		case 2 -> "ii";
		case 3 -> "iii";
		case 4 -> "iv";
		default -> throw new IllegalArgumentException("roman numeral for " + n);
		};
	}
}
