package org.unres.dsl.generator.akn;

import java.time.LocalDate;
import java.util.List;

import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Prose;

/**
 * One document as an AKN4UN {@code <statement>}: meta, preface (heading and title), preamble
 * (enacting formula and preambular paragraphs), main body (operative paragraphs) and the annexes
 * as attachments, each a {@code <doc>} with its own identification as a component of the Work.
 */
final class DocumentWriter {

	private final AknContext context;
	private final XmlOut out;
	private final MetaWriter meta;
	private final BodyWriter body;

	DocumentWriter(AknContext context, LocalDate generated) {
		this.context = context;
		this.out = context.out;
		this.meta = new MetaWriter(context, generated);
		this.body = new BodyWriter(context, new InlineWriter(context));
	}

	String write() {
		Document document = context.document;
		out.root("akomaNtoso");
		out.block("statement").attr("contains", "originalVersion").attr("name", statementName(document));
		meta.main();
		if (DocumentIdentity.designationPrinted(document)) {
			preface(MetaWriter.kindHeading(document), document.getDesignation(), document.getTitle());
		} else {
			preface(null, null, document.getTitle());
		}
		Part main = context.structure.getMain();
		Prose formula = document.getFormula();
		boolean formulaIsOperative = main.getItems().isEmpty() && formula != null && !formula.getParts().isEmpty();
		List<Highlight> actingBody = actingBodyHighlights(document);
		body.preamble(main, null, formulaIsOperative ? null : formula, actingBody);
		body.mainBody(main, null, formulaIsOperative ? formula : null, actingBody);
		annexes(document);
		out.end().end();
		return out.finish();
	}

	/** AKN4UN's names: resolution, decision, resolutionDraft, decisionDraft. */
	static String statementName(Document document) {
		return DocumentIdentity.kindOf(document) + (document.isDraft() ? "Draft" : "");
	}

	private void preface(String kind, String number, String title) {
		out.block("preface");
		if (kind != null) {
			out.mixed("p").attr("class", "heading");
			out.inline("docType").text(kind).end();
			if (number != null) {
				out.text(" ").inline("docNumber").text(number).end();
			}
			out.end();
		}
		if (title != null) {
			out.mixed("p").attr("class", "title").inline("docTitle").text(title).end().end();
		}
		out.end();
	}

	private void annexes(Document document) {
		if (document.getAnnexes().isEmpty()) {
			return;
		}
		out.block("attachments");
		for (Annex annex : document.getAnnexes()) {
			String name = context.ids.componentName(annex);
			out.block("attachment").attr("eId", name);
			out.block("doc").attr("name", annex.isAttachment() ? "attachment" : "annex");
			meta.component(name);
			if (annex.isAttachment()) {
				if (annex.getTitle() != null) {
					preface(null, null, annex.getTitle());
				}
			} else {
				preface("Annex", annex.getDesignation(), annex.getTitle());
			}
			Part part = context.structure.getAnnex(annex);
			body.preamble(part, name, null, List.of());
			body.mainBody(part, name, null, List.of());
			out.end().end();
		}
		out.end();
	}

	/** The acting body where the formula names it: "The General Assembly" of "The General Assembly,". */
	private List<Highlight> actingBodyHighlights(Document document) {
		var acting = DocumentIdentity.actingBodyOf(document);
		Body body = acting == null ? null : acting.getBody();
		if (body == null || body.eIsProxy() || document.getFormula() == null) {
			return List.of();
		}
		String text = ProseText.textOf(document.getFormula());
		for (String phrase : new String[] { body.getFormula(), body.getTitle() }) {
			if (phrase != null && Highlight.of(phrase, "organization").find(text, 0) >= 0) {
				return List.of(Highlight.of(phrase, "organization", "refersTo", "#" + context.identity.actingBody));
			}
		}
		return List.of();
	}
}
