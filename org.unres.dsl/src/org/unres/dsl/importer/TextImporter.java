package org.unres.dsl.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads resolutions and decisions as published in plain text and writes them in the UNRES language.
 * The pipeline: page furniture removed, report cut into texts, footnotes taken out, paragraphs
 * joined (hyphenation undone), blocks classified (heading, title, formula, preambular and operative
 * paragraphs, sub-paragraphs, tables, annex), footnote markers and citations marked up inline.
 * Nothing is dropped: what cannot be classified is kept as text and warned about with its line.
 */
public final class TextImporter {

	/** "Resolution 20/1", "Draft resolution II", "Decision A/DEC/66/5": the kind, capitalized unless after "Draft", and a number. */
	private static final Pattern HEADING = Pattern.compile(
			"(?:(Draft )(resolution|decision|Resolution|Decision)|(Resolution|Decision))(?: (\\d+/\\d+|[IVXLC]+|\\d+|[A-Z]+(?:/[A-Z0-9.]+)+))?");
	private static final Pattern NUMBERED = Pattern.compile("(\\d+(?:\\.\\d+)*\\.)\\s+(.*)");
	private static final Pattern LETTERED = Pattern.compile("(\\([a-z]+\\)|[a-z]\\.)\\s+(.*)");
	private static final Pattern ITALIC_LEAD = Pattern.compile("\\*([^*]+)\\*\\s*(.*)");
	private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");
	private static final Pattern BULLET = Pattern.compile("[-–•]\\s+(.*)");
	private static final Pattern ANNEX = Pattern.compile("Annex(?: ([IVXL]+))?");
	/** The signature line of a document that is not a resolution or decision: "Note by the Secretariat". */
	private static final Pattern OTHER_DOCUMENT = Pattern.compile("(?:Note|Report) (?:by|of) the (?:Secretariat|Secretary-General)");
	private static final Map<String, String> FORMULAS = new LinkedHashMap<>();
	static {
		FORMULAS.put("General Assembly", "GA");
		FORMULAS.put("Economic and Social Council", "ECOSOC");
		FORMULAS.put("Commission on Crime Prevention and Criminal Justice", "CCPCJ");
		FORMULAS.put("Commission on Narcotic Drugs", "CND");
	}

	private final LibraryPhrases phrases;

	public TextImporter(LibraryPhrases phrases) {
		this.phrases = phrases;
	}

	/** The texts of one input file; {@code source} is its whole content. */
	public List<ImportedText> importFile(String source) {
		List<SourceLine> lines = new ArrayList<>();
		String[] raw = source.split("\\R", -1);
		for (int i = 0; i < raw.length; i++) {
			lines.add(new SourceLine(i + 1, raw[i]));
		}
		List<ImportWarning> reportWarnings = new ArrayList<>();
		List<Prepared> prepared = new ArrayList<>();
		List<List<SourceLine>> split = ReportSplitting.split(PageFurniture.remove(lines), reportWarnings);
		for (List<SourceLine> text : split) {
			prepared.add(prepare(text));
		}
		// Only a report says who recommends its drafts, at which session, under which symbol.
		ReportContext report = split.size() > 1 ? ReportContext.of(lines, FORMULAS) : null;
		for (int i = 0; i + 1 < prepared.size(); i++) {
			moveNotesBack(prepared.get(i), prepared.get(i + 1));
		}
		List<ImportedText> texts = new ArrayList<>();
		for (Prepared text : prepared) {
			texts.add(new Reading(text.blocks(), text.notes(), text.warnings(), report).read());
		}
		List<String> lost = WordCount.lost(String.join("", prepared.stream().map(Prepared::plain).toList()),
				String.join("\n", texts.stream().map(ImportedText::unres).toList()));
		if (!lost.isEmpty()) {
			// Never expected (the fuzz test looks for it): said, rather than losing words silently.
			reportWarnings.add(new ImportWarning(1, lost.size() + " words of the input are not in what was written (first: "
					+ lost.subList(0, Math.min(5, lost.size())) + "); this is a fault of the importer: please report it"));
		}
		if (!reportWarnings.isEmpty() && !texts.isEmpty()) {
			// Said once, with the first text, since they concern the report rather than one text.
			ImportedText first = texts.get(0);
			List<ImportWarning> warnings = new ArrayList<>(reportWarnings);
			warnings.addAll(first.warnings());
			texts.set(0, new ImportedText(first.name(), first.unres(), List.copyOf(warnings)));
		}
		return texts;
	}

	/** A text cut into blocks, with its notes, before classification; {@code plain} holds its words as read. */
	private record Prepared(List<TextBlock> blocks, Map<Integer, Note> notes, List<ImportWarning> warnings, String plain) {

		boolean refersTo(int note) {
			Set<Integer> number = Set.of(note);
			return blocks.stream().anyMatch(block -> FootnoteMarkers.mark(block.text(), number).contains("[^" + note + "]"));
		}
	}

	/**
	 * In a report, a page break may print a text's last note at the foot of a page that already holds
	 * the next text: a note that only the text before refers to goes back to it.
	 */
	private static void moveNotesBack(Prepared text, Prepared next) {
		for (Note note : List.copyOf(next.notes().values())) {
			if (!text.notes().containsKey(note.number()) && text.refersTo(note.number()) && !next.refersTo(note.number())) {
				next.notes().remove(note.number());
				text.notes().put(note.number(), note);
				text.warnings().add(new ImportWarning(note.line(), "note " + note.number()
						+ " is printed under the next text; moved back to the text that refers to it"));
			}
		}
	}

	private Prepared prepare(List<SourceLine> lines) {
		List<ImportWarning> warnings = new ArrayList<>();
		FootnoteExtraction.Result extracted = FootnoteExtraction.extract(lines);
		boolean wrapped = BlockSegmentation.isWrapped(extracted.text());
		List<SourceLine> text = SpaceAlignedTables.rebuild(extracted.text(), warnings);
		List<TextBlock> blocks = BlockSegmentation.segment(text, wrapped, extracted.resumptions());
		Map<Integer, Note> notes = new LinkedHashMap<>();
		for (Note note : extracted.notes()) {
			if (notes.putIfAbsent(note.number(), note) != null) {
				warnings.add(new ImportWarning(note.line(), "a second note " + note.number() + "; it is kept as text of the first"));
				notes.put(note.number(), new Note(note.number(), notes.get(note.number()).text() + " " + note.text(), note.line()));
			}
		}
		return new Prepared(blocks, notes, warnings, extracted.plainText());
	}

	/** The reading of one text: classification of its blocks and their output, in order. */
	private final class Reading {

		private final List<TextBlock> blocks;
		private final Map<Integer, Note> notes;
		private final List<ImportWarning> warnings;
		private final Set<Integer> written = new HashSet<>();
		/** Labels of the text's own paragraphs and sub-paragraphs ("5", "(c)", "(ii)"), which references may name. */
		private final Set<String> paragraphLabels = new HashSet<>();
		private final UnresWriter writer = new UnresWriter();
		/** The report the text comes from, or null for a text of its own. */
		private final ReportContext report;
		/** The short name of the body that acts ("GA"), once the formula is read; "it" in a request names it. */
		private String actingBodyName;

		Reading(List<TextBlock> blocks, Map<Integer, Note> notes, List<ImportWarning> warnings, ReportContext report) {
			this.report = report;
			this.blocks = blocks;
			this.notes = notes;
			this.warnings = warnings;
			for (TextBlock block : blocks) {
				Matcher numbered = NUMBERED.matcher(block.text());
				if (numbered.matches()) {
					String label = numbered.group(1);
					paragraphLabels.add(label.substring(0, label.length() - 1));
				}
				Matcher lettered = LETTERED.matcher(block.text());
				if (lettered.matches() && lettered.group(1).startsWith("(")) {
					paragraphLabels.add(lettered.group(1));
				}
			}
		}

		ImportedText read() {
			if (blocks.isEmpty()) {
				return new ImportedText("empty", "", warnings);
			}
			int next = 0;
			Matcher heading = HEADING.matcher(blocks.get(0).text());
			boolean draft;
			String kind;
			String designation = null;
			if (heading.matches()) {
				draft = heading.group(1) != null;
				kind = capitalize(draft ? heading.group(2) : heading.group(3));
				designation = heading.group(4);
				next = 1;
			} else {
				draft = true;
				kind = looksLikeDecision() ? "Decision" : "Resolution";
				warnings.add(new ImportWarning(blocks.get(0).line(), "no heading (such as \"Resolution 20/1\"); read as a "
						+ (draft ? "draft " : "") + kind.toLowerCase(Locale.ROOT) + " whose designation is not printed — check the kind"));
			}
			writer.heading(draft, kind, designation);
			warnIfOtherDocument(next);
			String title = next < blocks.size() ? blocks.get(next).text() : "";
			String formula = next + 1 < blocks.size() ? blocks.get(next + 1).text() : "";
			String body = actingBody(formula);
			actingBodyName = body;
			if (body != null) {
				writer.metadata("@body " + body + actingSession(draft, designation, body));
			} else if (next + 1 < blocks.size()) {
				warnings.add(new ImportWarning(blocks.get(next + 1).line(), "acting body not recognized in \"" + shorten(formula) + "\""));
			}
			if (draft && report != null && report.body() != null && report.sessionPhrase() != null) {
				writer.metadata("@recommended-by " + report.body() + " " + report.sessionPhrase());
			}
			if (report != null && report.symbol() != null) {
				writer.metadata("@symbol " + report.symbol());
			}
			if (!heading.matches()) {
				writer.metadata("@designation-not-printed");
			}
			writer.title(prose(title, blocks.get(Math.min(next, blocks.size() - 1)).line()));
			next++;
			if (next < blocks.size()) {
				writer.block(prose(formula, blocks.get(next).line()));
				notesOf(formula);
				next++;
			}
			readBlocks(next);
			for (Note note : notes.values()) {
				if (!written.contains(note.number())) {
					warnings.add(new ImportWarning(note.line(), "note " + note.number() + " has no marker in the text; kept at the end"));
					writeNote(note);
				}
			}
			return new ImportedText(fileName(draft, kind, designation, title), writer.text(), List.copyOf(warnings));
		}

		/**
		 * " session 20" for a text a commission adopts, from its number ("20/8"), with "reconvened"
		 * when its report says the session was; "" for drafts and for the Assembly and the Council.
		 */
		private String actingSession(boolean draft, String designation, String body) {
			if (draft || designation == null || !designation.matches("\\d+/\\d+") || body.equals("GA") || body.equals("ECOSOC")) {
				return "";
			}
			int session = Integer.parseInt(designation.substring(0, designation.indexOf('/')));
			boolean reconvened = report != null && report.reconvened() && body.equals(report.body()) && session == report.session();
			return " session " + session + (reconvened ? " reconvened" : "");
		}

		/** A note or report of the Secretariat has a masthead and paragraphs without verbs: say so once. */
		private void warnIfOtherDocument(int from) {
			blocks.stream().skip(from).limit(20).filter(block -> OTHER_DOCUMENT.matcher(block.text()).matches()).findFirst()
					.ifPresent(block -> warnings.add(new ImportWarning(block.line(), "\"" + block.text()
							+ "\": not a resolution or decision; its paragraphs are imported as a text's, for their words and citations,"
							+ " and will not validate as one")));
		}

		private void readBlocks(int from) {
			boolean inAnnex = false;
			boolean operativeSeen = false;
			boolean listFollows = false;
			int i = from;
			while (i < blocks.size()) {
				TextBlock block = blocks.get(i);
				String text = block.text();
				if (text.indexOf('\t') >= 0) {
					i = readTable(i);
					continue;
				}
				if (isCaption(i)) {
					i++;
					continue; // written by readTable
				}
				Matcher bullet = BULLET.matcher(text);
				if (bullet.matches() && NUMBERED.matcher(bullet.group(1)).matches()) {
					text = bullet.group(1); // "- 1.1. …": a numbered item printed with a dash
				}
				Matcher annex = ANNEX.matcher(text);
				Matcher numbered = NUMBERED.matcher(text);
				Matcher lettered = LETTERED.matcher(text);
				String previous = i > from ? blocks.get(i - 1).text() : "";
				if (annex.matches()) {
					writer.annex(annex.group(1));
					inAnnex = true;
					if (i + 1 < blocks.size()) {
						writer.title(prose(blocks.get(i + 1).text(), blocks.get(i + 1).line()));
						notesOf(blocks.get(i + 1).text());
						i++;
					}
				} else if (numbered.matches()) {
					String paragraph = lead(numbered.group(2), block.line(), !inAnnex);
					writer.block(numbered.group(1) + " " + paragraph);
					reportingRequest(paragraph, inAnnex);
					operativeSeen = true;
					listFollows = false;
				} else if (lettered.matches()) {
					String paragraph = lead(lettered.group(2), block.line(), false);
					writer.block(lettered.group(1) + " " + paragraph);
					reportingRequest(paragraph, inAnnex);
					operativeSeen = true;
					listFollows = false;
				} else if (bullet.matches()) {
					writer.block("- " + prose(bullet.group(1), block.line()));
				} else if (preambular(text) != null && !inAnnex) {
					writer.block(preambular(text));
				} else if (!inAnnex && operativeSeen && previous.endsWith(".") && !hasEnded(text)) {
					// After the last operative paragraph an unnumbered title starts what the text sets out below.
					warnings.add(new ImportWarning(block.line(), "text after the last paragraph read as an attachment titled \""
							+ shorten(text) + "\""));
					writer.attachment();
					writer.title(prose(text, block.line()));
					inAnnex = true;
				} else if (listFollows && !hasEnded(text)) {
					writer.block("- " + prose(text, block.line()));
				} else {
					if (text.contains("  ") || text.matches("[\\d .,–-]+")) {
						warnings.add(new ImportWarning(block.line(), "looks like part of a table printed as space-aligned columns; "
								+ "kept as a heading line: rebuild the table"));
					} else if (hasEnded(text) || text.length() > 120) {
						warnings.add(new ImportWarning(block.line(), "a paragraph without number or known opener; kept as a heading line"));
					}
					writer.block("## " + prose(text, block.line()));
					listFollows = text.equals("Documentation");
				}
				notesOf(text);
				i++;
			}
		}

		private void reportingRequest(String paragraph, boolean inAnnex) {
			String request = inAnnex ? null : ReportingRequests.of(paragraph, actingBodyName);
			if (request != null) {
				writer.lineUnderBlock(request);
			}
		}

		private static boolean hasEnded(String text) {
			return text.matches(".*[.,;:]");
		}

		/** "*Requests*", "*Also invites*": the italic verb after a paragraph label, from the vocabulary. */
		private String lead(String text, int line, boolean warnUnknown) {
			Matcher italic = ITALIC_LEAD.matcher(text);
			if (italic.matches()) {
				return "*" + italic.group(1).strip() + "* " + prose(italic.group(2), line);
			}
			String verb = phrases.verbOf(text);
			if (verb == null) {
				verb = phrases.openerOf(text); // decisions: "(d) Taking note of …, decides …"
			}
			if (verb == null) {
				if (warnUnknown) {
					warnings.add(new ImportWarning(line, "no known verb at the start of the paragraph; written without one"));
				}
				return prose(text, line);
			}
			return "*" + verb + "*" + separated(prose(text.substring(verb.length()).strip(), line));
		}

		private String preambular(String text) {
			Matcher italic = ITALIC_LEAD.matcher(text);
			if (italic.matches() && phrases.openerOf(italic.group(1).strip()) != null) {
				return "*" + italic.group(1).strip() + "* " + prose(italic.group(2), 0);
			}
			String opener = phrases.openerOf(text);
			return opener == null ? null : "*" + opener + "*" + separated(prose(text.substring(opener.length()).strip(), 0));
		}

		/** The words after an italic lead: a space before them, none before punctuation ("*Requests*, to that end"). */
		private static String separated(String rest) {
			return rest.isEmpty() || ",;:.".indexOf(rest.charAt(0)) >= 0 ? rest : " " + rest;
		}

		private boolean isCaption(int i) {
			return i + 1 < blocks.size() && blocks.get(i + 1).text().indexOf('\t') >= 0
					&& blocks.get(i).text().indexOf('\t') < 0 && !blocks.get(i).text().matches(".*[.;,:]")
					&& !NUMBERED.matcher(blocks.get(i).text()).matches();
		}

		/** A run of tab-separated rows; italic leading rows are the header. */
		private int readTable(int start) {
			String caption = start > 0 && isCaption(start - 1) ? prose(blocks.get(start - 1).text(), blocks.get(start - 1).line()) : null;
			List<List<String>> header = new ArrayList<>();
			List<List<String>> body = new ArrayList<>();
			int i = start;
			int columns = 0;
			while (i < blocks.size() && blocks.get(i).text().indexOf('\t') >= 0) {
				columns = Math.max(columns, blocks.get(i).text().split("\t", -1).length);
				i++;
			}
			for (int k = start; k < i; k++) {
				List<String> cells = new ArrayList<>();
				boolean allItalic = true;
				for (String cell : blocks.get(k).text().split("\t", -1)) {
					String stripped = cell.strip();
					if (!stripped.isEmpty() && !stripped.matches("<i>.*</i>")) {
						allItalic = false;
					}
					cells.add(prose(stripped.replace("<i>", "\u0001").replace("</i>", "\u0001"), blocks.get(k).line()).replace('\u0001', '*'));
				}
				while (cells.size() < columns) {
					cells.add("");
				}
				(allItalic && body.isEmpty() ? header : body).add(cells);
				notesOf(blocks.get(k).text());
			}
			writer.table(caption, header, body);
			return i;
		}

		private boolean looksLikeDecision() {
			return blocks.stream().noneMatch(block -> NUMBERED.matcher(block.text()).matches()
					|| phrases.openerOf(block.text()) != null);
		}

		/** Prose as the language wants it: reserved characters replaced, footnote markers and citations marked. */
		private String prose(String text, int line) {
			String escaped = ProseEscaping.escape(text, line, warnings);
			String marked = FootnoteMarkers.mark(escaped, notes.keySet());
			return InlineCitations.mark(marked, paragraphLabels);
		}

		/** Writes, after a block, the notes it refers to for the first time. */
		private void notesOf(String text) {
			Matcher marker = MARKER.matcher(FootnoteMarkers.mark(text, notes.keySet()));
			while (marker.find()) {
				int number = Integer.parseInt(marker.group(1));
				Note note = notes.get(number);
				if (note != null && written.add(number)) {
					writeNote(note);
				}
			}
		}

		private void writeNote(Note note) {
			written.add(note.number());
			String text = ProseEscaping.escape(note.text(), note.line(), warnings);
			text = InlineCitations.mark(InlineCitations.markIbid(text), paragraphLabels);
			writer.note(note.number(), text);
		}

		private String actingBody(String formula) {
			for (Map.Entry<String, String> entry : FORMULAS.entrySet()) {
				String name = entry.getKey();
				if (formula.startsWith("The " + name) || formula.matches("At its .*?, the " + name + ".*")) {
					return entry.getValue();
				}
			}
			return null;
		}
	}

	private static String fileName(boolean draft, String kind, String designation, String title) {
		StringBuilder name = new StringBuilder(draft ? "draft-" : "").append(kind.toLowerCase(Locale.ROOT));
		if (designation != null) {
			name.append('-').append(designation.replace('/', '-'));
		}
		String[] words = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d ]+", " ").strip().split("\\s+");
		int taken = 0;
		for (String word : words) {
			if (taken < 6 && word.length() > 3) {
				name.append('-').append(word);
				taken++;
			}
		}
		return name.toString();
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}
}
