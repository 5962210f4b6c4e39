package org.unres.dsl.generator.akn;

import java.time.LocalDate;

import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.SymbolDeclaration;

/**
 * {@code <meta>}: the FRBR identification of the Work, its English Expression and this XML
 * Manifestation (AKN4UN IRIs, see {@link AknIris}), the adoption as a workflow step, the TLC
 * references, and the reporting requests in UNRES's proprietary metadata.
 */
final class MetaWriter {

	private final AknContext context;
	private final XmlOut out;
	private final Identity identity;
	private final LocalDate generated;

	MetaWriter(AknContext context, LocalDate generated) {
		this.context = context;
		this.out = context.out;
		this.identity = context.identity;
		this.generated = generated;
	}

	/** The meta of the main document. */
	void main() {
		out.block("meta");
		identification(AknIris.MAIN);
		workflow();
		references();
		proprietary();
		out.end();
	}

	/** The meta of an annex: the identification of that component of the same Work. */
	void component(String componentName) {
		out.block("meta");
		identification("!" + componentName);
		out.end();
	}

	private void identification(String component) {
		Document document = context.document;
		String work = identity.work;
		String expression = AknIris.expressionIri(work);
		out.block("identification").attr("source", "#" + identity.source);

		out.block("FRBRWork");
		value("FRBRthis", AknIris.component(work, component));
		value("FRBRuri", work);
		date(identity.date.iso(), identity.date.name());
		author(identity.author, identity.authorRole);
		value("FRBRcountry", AknIris.COUNTRY);
		value("FRBRsubtype", AknIris.SUBTYPE);
		out.empty("FRBRnumber").attr("value", identity.number).attr("showAs", document.getDesignation()).end();
		value("FRBRname", heading(document));
		String symbol = symbolOf(document);
		if (symbol != null) {
			value("FRBRname", symbol);
		}
		out.end();

		out.block("FRBRExpression");
		value("FRBRthis", AknIris.component(expression, component));
		value("FRBRuri", expression);
		date(identity.date.iso(), identity.date.name());
		author(identity.author, identity.authorRole);
		out.empty("FRBRlanguage").attr("language", AknIris.LANGUAGE).end();
		out.end();

		out.block("FRBRManifestation");
		value("FRBRthis", AknIris.component(expression, component) + "." + AknIris.FORMAT);
		value("FRBRuri", AknIris.manifestationIri(work));
		date(generated.toString(), "generation");
		author(identity.source, identity.editorRole);
		value("FRBRformat", AknIris.FORMAT);
		out.end();

		out.end();
	}

	/** The adoption, when the document records one: who adopted it, when, at which meeting. */
	private void workflow() {
		if (identity.adoptedConcept == null) {
			return;
		}
		out.block("workflow").attr("source", "#" + identity.source);
		out.empty("step").attr("date", identity.date.iso()).attr("by", "#" + identity.actingBody)
				.attr("outcome", "#" + identity.adoptedConcept)
				.attr("refersTo", identity.meeting == null ? null : "#" + identity.meeting).end();
		out.end();
	}

	private void references() {
		out.block("references").attr("source", "#" + identity.source);
		for (Tlc.Entry entry : context.tlc.entries()) {
			out.empty(entry.element()).attr("eId", entry.eId()).attr("href", entry.href()).attr("showAs", entry.showAs())
					.end();
		}
		out.end();
	}

	/**
	 * Each request to report, whole: the paragraph that makes it, the reporter, each body and
	 * session (or year) reported to, the subject and the resources, as {@code @report} gives them.
	 */
	private void proprietary() {
		if (context.requests.all().isEmpty()) {
			return;
		}
		out.block("proprietary").attr("source", "#" + identity.source);
		out.unresBlock("reportingRequests");
		for (ReportingRequests.Request request : context.requests.all()) {
			String paragraph = request.paragraph() == null ? null : context.ids.of(request.paragraph());
			out.unresBlock("reportingRequest").attr("paragraph", paragraph == null ? null : "#" + paragraph)
					.attr("by", request.reporters().isEmpty() ? null
							: String.join(" ", request.reporters().stream().map(r -> "#" + r).toList()))
					.attr("subject", request.request().getSubject())
					.attr("resources", request.request().getResources());
			for (ReportingRequests.Target target : request.targets()) {
				out.unresEmpty("to").attr("body", "#" + target.body())
						.attr("session", target.session() == null ? null : "#" + target.session())
						.attr(target.every() == null ? "year" : "from", target.year() == null ? null : target.year().toString())
						.attr("everyYears", target.every() == null ? null : target.every().toString()).end();
			}
			out.end();
		}
		out.end().end();
	}

	private void value(String element, String value) {
		out.empty(element).attr("value", value).end();
	}

	private void date(String date, String name) {
		out.empty("FRBRdate").attr("date", date).attr("name", name).end();
	}

	private void author(String eId, String role) {
		out.empty("FRBRauthor").attr("href", "#" + eId).attr("as", "#" + role).end();
	}

	/** The heading as printed: "Resolution 20/8", "Draft decision I". */
	static String heading(Document document) {
		String kind = kindHeading(document);
		return document.getDesignation() == null ? kind : kind + " " + document.getDesignation();
	}

	/** "Resolution", "Draft decision". */
	static String kindHeading(Document document) {
		return document.isDraft() ? "Draft " + DocumentIdentity.kindOf(document) : capitalized(document.getKind());
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	static String symbolOf(Document document) {
		return document.getMetadata().stream().filter(SymbolDeclaration.class::isInstance)
				.map(m -> ((SymbolDeclaration) m).getSymbol()).findFirst().orElse(null);
	}
}
