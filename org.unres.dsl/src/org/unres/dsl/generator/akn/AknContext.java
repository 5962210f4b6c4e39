package org.unres.dsl.generator.akn;

import java.util.IdentityHashMap;
import java.util.Map;

import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Footnote;

/** Everything the writers of one document share while it is generated. */
final class AknContext {

	final Document document;
	final DocumentStructure structure;
	final XmlOut out = new XmlOut();
	final Eids eids = new Eids();
	final DocumentEids ids;
	final Tlc tlc;
	final Identity identity;
	final ReportingRequests requests;
	final CitationIris citations;
	/** The eId of each footnote's note, once written where the note is first referenced. */
	final Map<Footnote, String> notes = new IdentityHashMap<>();

	AknContext(Document document, DocumentStructure structure, CitationIris citations) {
		this.document = document;
		this.structure = structure;
		this.citations = citations;
		this.ids = new DocumentEids(document, structure, eids);
		this.tlc = new Tlc(eids);
		this.identity = new Identity(document, tlc);
		this.requests = new ReportingRequests(document, structure, tlc);
	}
}
