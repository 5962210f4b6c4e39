package org.unres.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;
import org.unres.dsl.unres.Library;
import org.unres.dsl.unres.Metadata;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.PreambularParagraph;
import org.unres.dsl.unres.Prose;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.Table;
import org.unres.dsl.unres.UnresPackage;

/**
 * Lays a document out as it reads: heading lines together, a blank line between blocks, each
 * paragraph on one line with single spaces, a reporting request right under its paragraph,
 * table rows together. Tokens that start a line carry their own line break, so the hidden region
 * before them gets one line break less. Where the source has no space (before a comma, inside
 * brackets), none is added.
 */
public class UnresFormatter extends AbstractJavaFormatter {

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return new CommentKeeper(comment);
	}


	@Override
	public void format(Object element, IFormattableDocument doc) {
		if (element instanceof XtextResource resource) {
			resource.getContents().forEach(root -> format(root, doc));
		} else if (element instanceof Document document) {
			formatDocument(document, doc);
		} else if (element instanceof Library library) {
			formatLibrary(library, doc);
		}
	}

	private void formatDocument(Document document, IFormattableDocument doc) {
		sentence(headingRegions(document), doc);
		for (Metadata metadata : document.getMetadata()) {
			doc.prepend(metadata, IHiddenRegionFormatter::newLine);
			sentence(semanticRegionsOf(metadata), doc);
		}
		ISemanticRegion title = regionFor(document).feature(UnresPackage.Literals.DOCUMENT__TITLE);
		if (title != null) {
			doc.prepend(title, IHiddenRegionFormatter::newLine);
		}
		if (!semanticRegionsOf(document.getFormula()).isEmpty()) {
			startLine(document.getFormula(), 2, doc);
			prose(document.getFormula(), doc);
		}
		blocks(document.getBlocks(), doc);
		for (Annex annex : document.getAnnexes()) {
			startLine(annex, 2, doc);
			ISemanticRegion designation = regionFor(annex).feature(UnresPackage.Literals.ANNEX__DESIGNATION);
			if (designation != null) {
				doc.prepend(designation, IHiddenRegionFormatter::oneSpace);
			}
			ISemanticRegion annexTitle = regionFor(annex).feature(UnresPackage.Literals.ANNEX__TITLE);
			if (annexTitle != null) {
				doc.prepend(annexTitle, IHiddenRegionFormatter::noSpace);
			}
			blocks(annex.getBlocks(), doc);
		}
	}

	private void blocks(Iterable<Block> blocks, IFormattableDocument doc) {
		for (Block block : blocks) {
			if (block instanceof PreambularParagraph preambular) {
				startLine(block, 2, doc);
				leadAndProse(block, preambular.getContent(), doc);
			} else if (block instanceof ReportingRequest) {
				startLine(block, 1, doc);
				sentence(semanticRegionsOf(block), doc);
			} else {
				startLine(block, 1, doc);
				if (block instanceof Paragraph paragraph) {
					leadAndProse(block, paragraph.getContent(), doc);
				} else if (block instanceof Footnote footnote) {
					leadAndProse(block, footnote.getContent(), doc);
				} else if (block instanceof Table) {
					sentence(semanticRegionsOf(block), doc);
				} else if (block instanceof org.unres.dsl.unres.BulletItem bullet) {
					leadAndProse(block, bullet.getContent(), doc);
				}
			}
		}
	}

	/**
	 * Puts an element on a line of its own after so many line breaks; where a comment line stands
	 * before it, the comment keeps its place and the layout around it is left alone.
	 */
	private void startLine(EObject element, int newLines, IFormattableDocument doc) {
		IEObjectRegion region = regionForEObject(element);
		if (region != null && !region.getPreviousHiddenRegion().containsComment()) {
			doc.prepend(element, f -> f.setNewLines(newLines));
		}
	}

	/** The label or opener, one space, then the prose on the same line. */
	private void leadAndProse(Block block, Prose content, IFormattableDocument doc) {
		var regions = semanticRegionsOf(block);
		var proseRegions = semanticRegionsOf(content);
		int leading = regions.size() - proseRegions.size();
		for (int i = 0; i < leading && i < regions.size() - 1; i++) {
			IHiddenRegion after = regions.get(i).getNextHiddenRegion();
			if (!after.containsComment()) {
				// "- " and "a. " end with their own space
				boolean spaced = Character.isWhitespace(regions.get(i).getText().charAt(regions.get(i).getLength() - 1));
				// "*Requests*, to that end, …": punctuation right after the verb stays there
				boolean touching = after.getLength() == 0 && startsWithPunctuation(regions.get(i + 1).getText());
				doc.set(after, spaced || touching ? IHiddenRegionFormatter::noSpace : IHiddenRegionFormatter::oneSpace);
			}
		}
		prose(content, doc);
	}

	/** Inside prose every run of white space becomes one space; touching tokens stay touching. */
	private void prose(Prose prose, IFormattableDocument doc) {
		var regions = semanticRegionsOf(prose);
		for (ISemanticRegion region : regions) {
			if (InnerWhitespaceReplacer.isNeeded(region)) {
				doc.addReplacer(new InnerWhitespaceReplacer(region));
			}
		}
		for (int i = 0; i < regions.size() - 1; i++) {
			IHiddenRegion between = regions.get(i).getNextHiddenRegion();
			if (between.getLength() > 0 && !between.containsComment()) {
				doc.set(between, IHiddenRegionFormatter::oneSpace);
			}
		}
	}

	/**
	 * Tokens of a one-line element separated by one space (or none where the source has none,
	 * as before a comma); line-led tokens, such as table rows, follow each other directly.
	 */
	private void sentence(java.util.List<ISemanticRegion> regions, IFormattableDocument doc) {
		for (int i = 0; i < regions.size() - 1; i++) {
			ISemanticRegion next = regions.get(i + 1);
			IHiddenRegion between = regions.get(i).getNextHiddenRegion();
			if (between.containsComment()) {
				continue;
			}
			if (next.getText().startsWith("\n") || next.getText().startsWith("\r")) {
				doc.set(between, IHiddenRegionFormatter::noSpace);
			} else if (between.getLength() > 0 || !isPunctuation(next.getText())) {
				doc.set(between, IHiddenRegionFormatter::oneSpace);
			}
		}
	}

	private static boolean startsWithPunctuation(String text) {
		return !text.isEmpty() && isPunctuation(text.substring(0, 1));
	}

	private static boolean isPunctuation(String text) {
		return text.equals(",") || text.equals(";") || text.equals(":");
	}

	/** The heading line: "Draft resolution II" up to the first metadata line. */
	private java.util.List<ISemanticRegion> headingRegions(Document document) {
		java.util.List<ISemanticRegion> heading = new java.util.ArrayList<>();
		ISemanticRegion designation = regionFor(document).feature(UnresPackage.Literals.DOCUMENT__DESIGNATION);
		for (ISemanticRegion region : allSemanticRegions(document)) {
			heading.add(region);
			if (region == designation || heading.size() == 3) {
				break;
			}
		}
		ISemanticRegion kind = regionFor(document).feature(UnresPackage.Literals.DOCUMENT__KIND);
		int end = designation != null ? heading.indexOf(designation) : heading.indexOf(kind);
		return end < 0 ? java.util.List.of() : heading.subList(0, end + 1);
	}

	private java.util.List<ISemanticRegion> semanticRegionsOf(EObject element) {
		java.util.List<ISemanticRegion> regions = new java.util.ArrayList<>();
		IEObjectRegion region = element == null ? null : regionForEObject(element);
		INode node = element == null ? null : NodeModelUtils.getNode(element);
		if (region == null || node == null) {
			return regions;
		}
		// an empty Prose ("5. *Main objectives:*" before its sub-paragraphs) owns no tokens, though
		// its region may claim those that follow it: keep only the tokens inside its own node
		for (ISemanticRegion semantic : region.getAllSemanticRegions()) {
			if (semantic.getOffset() >= node.getOffset() && semantic.getEndOffset() <= node.getEndOffset()) {
				regions.add(semantic);
			}
		}
		return regions;
	}

	private void formatLibrary(Library library, IFormattableDocument doc) {
		for (EObject element : library.eContents()) {
			doc.prepend(element, element instanceof Body ? f -> f.setNewLines(2) : IHiddenRegionFormatter::newLine);
			var regions = semanticRegionsOf(element);
			for (int i = 0; i < regions.size() - 1; i++) {
				IHiddenRegion between = regions.get(i).getNextHiddenRegion();
				if (between.containsComment()) {
					continue;
				}
				String nextText = regions.get(i + 1).getText();
				boolean property = element instanceof Body && isBodyProperty(nextText);
				doc.set(between, property ? IHiddenRegionFormatter::newLine : IHiddenRegionFormatter::oneSpace);
			}
			if (element instanceof Body && regions.size() > 3) {
				doc.interior(regions.get(2), regions.get(regions.size() - 1), IHiddenRegionFormatter::indent);
			}
		}
	}

	private static boolean isBodyProperty(String keyword) {
		return keyword.equals("formula") || keyword.equals("alias") || keyword.equals("numbering")
				|| keyword.equals("session");
	}
}
