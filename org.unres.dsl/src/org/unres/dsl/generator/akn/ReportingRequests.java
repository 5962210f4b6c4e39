package org.unres.dsl.generator.akn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.Part;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Block;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Officer;
import org.unres.dsl.unres.Recurrence;
import org.unres.dsl.unres.ReportTarget;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.vocabulary.Ordinals;

/**
 * Requests to report, marked up in Akoma Ntoso terms. AKN4UN defines no element for them, so
 * the generator says what it can in the vocabulary the schema has:
 * <ul>
 * <li>the paragraph that makes the request refers to the concept
 * ({@code <paragraph refersTo="#reportingRequest">}, backed by a TLCConcept);</li>
 * <li>in its text, the reporter is a {@code <role>} (or {@code <organization>}) and the session
 * reported to a {@code <session value="21">}, each referring to a TLC entry of
 * {@code <references>};</li>
 * <li>what the text does not say (the subject as given in {@code @report … on "…"}, resources,
 * a year or a recurrence instead of a session) is kept in {@code <proprietary>} in UNRES's own namespace, which
 * the schema admits there, so nothing of the request is lost.</li>
 * </ul>
 */
final class ReportingRequests {

	static final String CONCEPT = "reportingRequest";

	/** One request with the TLC eIds of its parts; {@code paragraph} is null for a stray request. */
	record Request(ReportingRequest request, Block paragraph, List<String> reporters, List<Target> targets) {
	}

	/**
	 * Who is reported to: a body at a session (eId of its TLCEvent), in a year, or every
	 * {@code every} years (from {@code year}, when given).
	 */
	record Target(String body, String session, Integer year, Integer every) {
	}

	private final List<Request> requests = new ArrayList<>();
	private final Map<Block, List<Highlight>> highlights = new IdentityHashMap<>();
	private String conceptEid;

	ReportingRequests(Document document, DocumentStructure structure, Tlc tlc) {
		collect(structure.getMain(), tlc);
		for (Annex annex : document.getAnnexes()) {
			collect(structure.getAnnex(annex), tlc);
		}
		for (ReportingRequest request : EcoreUtil2.getAllContentsOfType(document, ReportingRequest.class)) {
			if (requests.stream().noneMatch(r -> r.request() == request)) {
				requests.add(describe(request, null, tlc));
			}
		}
	}

	List<Request> all() {
		return requests;
	}

	/** The eId of the TLCConcept a requesting paragraph refers to, or null when it makes no request. */
	String conceptOf(Block paragraph) {
		return highlights.containsKey(paragraph) ? conceptEid : null;
	}

	/** The words to mark up in a paragraph's text. */
	List<Highlight> highlightsOf(Block paragraph) {
		return highlights.getOrDefault(paragraph, List.of());
	}

	private void collect(Part part, Tlc tlc) {
		for (StructureNode node : part.getAllParagraphs()) {
			for (Block attached : node.getAttachments()) {
				if (attached instanceof ReportingRequest request) {
					if (conceptEid == null) {
						conceptEid = tlc.concept(CONCEPT, "Request to report");
					}
					Request described = describe(request, node.getBlock(), tlc);
					requests.add(described);
					highlights.computeIfAbsent(node.getBlock(), b -> new ArrayList<>())
							.addAll(highlightsFor(request, described, ProseText.textOf(ProseText.proseOf(node.getBlock()))));
				}
			}
		}
	}

	private static Request describe(ReportingRequest request, Block paragraph, Tlc tlc) {
		List<String> reporters = new ArrayList<>();
		List<INode> names = NodeModelUtils.findNodesForFeature(request, UnresPackage.Literals.REPORTING_REQUEST__REPORTERS);
		for (int i = 0; i < request.getReporters().size(); i++) {
			Officer officer = request.getReporters().get(i);
			// one entry per reporter, in order; an unknown officer (the linker reports it) by its name
			String name = !officer.eIsProxy() ? officer.getName()
					: i < names.size() ? NodeModelUtils.getTokenText(names.get(i)) : "officer-" + (i + 1);
			reporters.add(tlc.role(name, !officer.eIsProxy() && officer.getTitle() != null ? officer.getTitle() : name));
		}
		List<Target> targets = new ArrayList<>();
		for (ReportTarget target : request.getTargets()) {
			Body body = target.getBody();
			String bodyName = body == null || body.eIsProxy() ? targetName(target) : body.getName();
			String title = body == null || body.eIsProxy() ? bodyName : body.getTitle();
			String bodyEid = tlc.body(bodyName, title);
			String session = null;
			if (target.getSession() != null) {
				int number = target.getSession().getNumber();
				boolean reconvened = target.getSession().isReconvened();
				session = tlc.session(bodyName, number, reconvened,
						(reconvened ? "reconvened " : "") + Ordinals.of(number) + " session of the " + title);
			}
			Recurrence recurrence = target.getRecurrence();
			Integer year = recurrence != null ? (recurrence.getFrom() == 0 ? null : recurrence.getFrom())
					: target.getSession() == null ? target.getYear() : null;
			targets.add(new Target(bodyEid, session, year, recurrence == null ? null : Math.max(1, recurrence.getPeriod())));
		}
		return new Request(request, paragraph, reporters, targets);
	}

	private static List<Highlight> highlightsFor(ReportingRequest request, Request described, String text) {
		List<Highlight> found = new ArrayList<>();
		List<Officer> officers = request.getReporters();
		for (int i = 0; i < officers.size() && i < described.reporters().size(); i++) {
			Officer officer = officers.get(i);
			if (!officer.eIsProxy() && officer.getTitle() != null) {
				found.add(Highlight.of(officer.getTitle(), "role", "refersTo", "#" + described.reporters().get(i)));
			}
		}
		for (int i = 0; i < request.getTargets().size() && i < described.targets().size(); i++) {
			ReportTarget target = request.getTargets().get(i);
			Target targetEids = described.targets().get(i);
			if (target.getSession() == null || targetEids.session() == null) {
				continue;
			}
			String ordinal = Ordinals.of(target.getSession().getNumber()) + " session";
			String reconvened = "reconvened " + ordinal;
			String phrase = target.getSession().isReconvened()
					&& Highlight.of(reconvened, "session").find(text, 0) >= 0 ? reconvened : ordinal;
			found.add(Highlight.of(phrase, "session", "refersTo", "#" + targetEids.session(), "value",
					String.valueOf(target.getSession().getNumber())));
		}
		return found;
	}

	/** The body as written, when the linker found no such body (it reports that itself). */
	private static String targetName(ReportTarget target) {
		var nodes = NodeModelUtils.findNodesForFeature(target, UnresPackage.Literals.REPORT_TARGET__BODY);
		return nodes.isEmpty() ? "body" : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
