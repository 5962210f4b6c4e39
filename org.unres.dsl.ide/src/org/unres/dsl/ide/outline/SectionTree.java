package org.unres.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.unres.dsl.ide.navigation.TextRegions;
import org.unres.dsl.ide.outline.Section.Kind;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.Heading;
import org.unres.dsl.unres.Library;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Officer;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.Phrase;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.Table;
import org.unres.dsl.unres.UnresPackage.Literals;

import com.google.inject.Inject;

/**
 * Builds the outline of a file from the document's derived structure (sub-paragraphs under their
 * paragraph, paragraphs under the heading before them), not from the flat list of blocks the
 * grammar produces.
 */
public class SectionTree {

	private static final int DETAIL_LENGTH = 80;

	@Inject
	private DocumentStructureProvider structures;

	/** The top-level sections of the file: one for the document or library; none when it does not parse. */
	public List<Section> of(XtextResource resource, CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		EObject root = resource.getContents().get(0);
		if (root instanceof Document document) {
			Section section = document(document);
			return section == null ? List.of() : List.of(section);
		}
		if (root instanceof Library library) {
			Section section = library(library);
			return section == null ? List.of() : List.of(section);
		}
		return List.of();
	}

	private Section document(Document document) {
		ITextRegion whole = TextRegions.of(document);
		ITextRegion heading = TextRegions.merge(TextRegions.of(document, Literals.DOCUMENT__KIND),
				TextRegions.of(document, Literals.DOCUMENT__DESIGNATION));
		if (whole == null || heading == null) {
			return null;
		}
		String name = headingText(document);
		Section section = new Section(name, document.getTitle(), Kind.DOCUMENT, whole, heading);
		metadata(document).ifPresent(section.children()::add);
		DocumentStructure structure = structures.get(document);
		addPart(structure.getMain(), section.children());
		addFootnotes(structure.getFootnotes(), section.children());
		for (Annex annex : document.getAnnexes()) {
			Section annexSection = annex(annex, structure.getAnnex(annex));
			if (annexSection != null) {
				section.children().add(annexSection);
			}
		}
		return section;
	}

	private static String headingText(Document document) {
		String kind = document.getKind();
		String text = (document.isDraft() ? "Draft " + kind.toLowerCase() : kind);
		return document.getDesignation() == null ? text : text + " " + document.getDesignation();
	}

	/** The @-lines under the heading, as one foldable block. */
	private static java.util.Optional<Section> metadata(Document document) {
		ITextRegion region = null;
		for (Metadata metadata : document.getMetadata()) {
			region = TextRegions.merge(region, TextRegions.of(metadata));
		}
		if (region == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Section("Metadata", null, Kind.METADATA, region, region));
	}

	private void addPart(Part part, List<Section> into) {
		Section preamble = preamble(part.getPreamble());
		if (preamble != null) {
			into.add(preamble);
		}
		Section heading = null;
		for (StructureNode node : part.getItems()) {
			if (node.getBlock() instanceof Heading block) {
				if (heading != null) {
					into.add(heading);
				}
				ITextRegion region = TextRegions.of(block);
				heading = new Section(block.getText(), null, Kind.HEADING, region, region);
				continue;
			}
			Section item = item(node);
			if (item == null) {
				continue;
			}
			if (heading != null) {
				heading = heading.including(item.region());
				heading.children().add(item);
			} else {
				into.add(item);
			}
		}
		if (heading != null) {
			into.add(heading);
		}
	}

	private static Section preamble(List<PreambularParagraph> paragraphs) {
		if (paragraphs.isEmpty()) {
			return null;
		}
		List<Section> children = new ArrayList<>();
		ITextRegion region = null;
		for (PreambularParagraph paragraph : paragraphs) {
			ITextRegion whole = TextRegions.of(paragraph);
			ITextRegion opener = TextRegions.of(paragraph, Literals.PREAMBULAR_PARAGRAPH__OPENER);
			if (whole == null || opener == null) {
				continue;
			}
			region = TextRegions.merge(region, whole);
			children.add(new Section(paragraph.getOpener(), detail(ProseText.textOf(paragraph.getContent())),
					Kind.PREAMBULAR_PARAGRAPH, whole, opener));
		}
		if (region == null) {
			return null;
		}
		return new Section("Preamble", paragraphs.size() + " paragraphs", Kind.PREAMBLE, region,
				children.get(0).selection(), children);
	}

	/** A paragraph with its sub-paragraphs and attachments, or a block that stands alone. */
	private Section item(StructureNode node) {
		Block block = node.getBlock();
		ITextRegion region = TextRegions.of(block);
		if (region == null) {
			return null;
		}
		Section section;
		if (block instanceof Paragraph paragraph) {
			ITextRegion label = TextRegions.of(paragraph,
					paragraph instanceof org.unres.dsl.unres.NumberedParagraph ? Literals.NUMBERED_PARAGRAPH__NUMBER
							: Literals.LETTERED_PARAGRAPH__LABEL);
			String name = node.getLabel() + (node.getStyle() == org.unres.dsl.structure.LabelStyle.DECIMAL ? "." : "")
					+ (paragraph.getLead() == null ? "" : " " + paragraph.getLead());
			section = new Section(name, detail(ProseText.textOf(paragraph.getContent())), Kind.PARAGRAPH, region,
					label == null ? region : label);
		} else {
			section = attachment(block, region);
			if (section == null) {
				return null;
			}
		}
		for (Block attached : node.getAttachments()) {
			ITextRegion attachedRegion = TextRegions.of(attached);
			Section child = attachedRegion == null ? null : attachment(attached, attachedRegion);
			if (child != null) {
				section = section.including(attachedRegion);
				section.children().add(child);
			}
		}
		for (StructureNode child : node.getChildren()) {
			Section childSection = item(child);
			if (childSection != null) {
				section = section.including(childSection.region());
				section.children().add(childSection);
			}
		}
		return section;
	}

	private static Section attachment(Block block, ITextRegion region) {
		if (block instanceof ReportingRequest request) {
			return new Section("Report", detail(ProseText.textOf(request)), Kind.REPORTING_REQUEST, region, region);
		}
		if (block instanceof Table table) {
			String caption = table.getCaption();
			return new Section(caption == null ? "Table" : "Table: " + caption.strip(), null, Kind.TABLE, region, region);
		}
		return null;
	}

	private static void addFootnotes(List<Footnote> footnotes, List<Section> into) {
		if (footnotes.isEmpty()) {
			return;
		}
		List<Section> children = new ArrayList<>();
		ITextRegion region = null;
		for (Footnote footnote : footnotes) {
			ITextRegion whole = TextRegions.of(footnote);
			ITextRegion label = TextRegions.of(footnote, Literals.FOOTNOTE__NAME);
			if (whole == null || label == null) {
				continue;
			}
			region = TextRegions.merge(region, whole);
			children.add(new Section("[^" + footnote.getName() + "]", detail(ProseText.textOf(footnote.getContent())),
					Kind.FOOTNOTE, whole, label));
		}
		if (region != null) {
			into.add(new Section("Footnotes", children.size() + " notes", Kind.FOOTNOTES, region,
					children.get(0).selection(), children));
		}
	}

	private Section annex(Annex annex, Part part) {
		ITextRegion region = TextRegions.of(annex);
		if (region == null) {
			return null;
		}
		ITextRegion title = TextRegions.of(annex, Literals.ANNEX__TITLE);
		String name = annex.isAttachment() ? "Attachment"
				: annex.getDesignation() == null ? "Annex" : "Annex " + annex.getDesignation();
		Section section = new Section(name, annex.getTitle(), Kind.ANNEX, region, title == null ? region : title);
		if (part != null) {
			addPart(part, section.children());
		}
		return section;
	}

	private static Section library(Library library) {
		ITextRegion whole = TextRegions.of(library);
		ITextRegion name = TextRegions.of(library, Literals.LIBRARY__NAME);
		if (whole == null || name == null) {
			return null;
		}
		Section section = new Section("library " + library.getName(), null, Kind.LIBRARY, whole, name);
		for (Body body : library.getBodies()) {
			add(section, body.getName(), body.getTitle(), Kind.BODY, body, TextRegions.of(body, Literals.BODY__NAME));
		}
		for (Officer officer : library.getOfficers()) {
			add(section, officer.getName(), officer.getTitle(), Kind.OFFICER, officer,
					TextRegions.of(officer, Literals.OFFICER__NAME));
		}
		for (Phrase phrase : library.getPhrases()) {
			add(section, phrase.getText(), phrase.getKind().getLiteral(), Kind.PHRASE, phrase,
					TextRegions.of(phrase, Literals.PHRASE__TEXT));
		}
		return section;
	}

	private static void add(Section parent, String name, String detail, Kind kind, EObject element,
			ITextRegion selection) {
		ITextRegion whole = TextRegions.of(element);
		if (name != null && whole != null && selection != null) {
			parent.children().add(new Section(name, detail, kind, whole, selection));
		}
	}

	/** The start of a text, on one line, short enough to follow a name in an outline. */
	static String detail(String text) {
		if (text == null) {
			return null;
		}
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= DETAIL_LENGTH ? line : line.substring(0, DETAIL_LENGTH - 1).strip() + "…";
	}
}
