package org.unres.dsl.validation;

import java.util.Locale;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.unres.dsl.naming.DocumentIdentity;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.Annex;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.Recurrence;
import org.unres.dsl.unres.ReportTarget;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.SessionRef;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.vocabulary.Ordinals;

import com.google.inject.Inject;

/**
 * A request to report belongs to the paragraph before it and asks for a report at a later
 * session of a body that exists (the body is a cross-reference, so linking reports an unknown
 * one). The reconvened part of the adopting session counts as later. The paragraph's text names
 * the session it asks for. A recurring report comes every year or every two years or more.
 */
public class ReportingRequestValidator extends AbstractConcernValidator {

	@Inject
	private DocumentStructureProvider structures;

	@Check
	public void checkAttachedToParagraph(ReportingRequest request) {
		Document document = EcoreUtil2.getContainerOfType(request, Document.class);
		if (document == null) {
			return;
		}
		DocumentStructure structure = structures.get(document);
		if (structure.nodeOf(request) != null) {
			error("A reporting request follows the paragraph that makes it: move '@report' under that paragraph.",
					request, null, IssueCodes.REPORT_WITHOUT_PARAGRAPH);
		}
	}

	@Check
	public void checkPeriod(Recurrence recurrence) {
		// "every year" leaves the period unset; a period written out counts from two years.
		boolean written = !NodeModelUtils.findNodesForFeature(recurrence, UnresPackage.Literals.RECURRENCE__PERIOD).isEmpty();
		if (written && recurrence.getPeriod() < 2) {
			error("A report every " + recurrence.getPeriod() + " years: write 'every year', or a period of two years or more.",
					recurrence, UnresPackage.Literals.RECURRENCE__PERIOD, IssueCodes.REPORT_PERIOD);
		}
	}

	@Check
	public void checkSession(ReportTarget target) {
		Document document = EcoreUtil2.getContainerOfType(target, Document.class);
		Body body = target.getBody();
		if (document == null || body == null || body.eIsProxy() || target.getSession() == null) {
			return;
		}
		SessionRef adopting = adoptingSessionOf(document, body);
		if (adopting != null && !isLater(target.getSession(), adopting)) {
			error("The text is adopted at the " + describe(adopting) + " of " + body.getName()
					+ "; a report is due at a later session: the " + (adopting.isReconvened() ? "" : "reconvened "
							+ Ordinals.of(adopting.getNumber()) + " session or the ")
					+ Ordinals.of(adopting.getNumber() + 1) + " session or after.",
					target, UnresPackage.Literals.REPORT_TARGET__SESSION, IssueCodes.REPORT_SESSION_NOT_LATER);
		}
	}

	@Check
	public void checkSessionInText(ReportTarget target) {
		ReportingRequest request = (ReportingRequest) target.eContainer();
		Document document = EcoreUtil2.getContainerOfType(request, Document.class);
		if (document == null || target.getSession() == null) {
			return;
		}
		StructureNode owner = ownerOf(document, request);
		if (owner == null) {
			return;
		}
		String text = ProseText.textOf(ProseText.proseOf(owner.getBlock())).toLowerCase(Locale.ROOT);
		String ordinal = Ordinals.of(target.getSession().getNumber());
		if (!text.contains(ordinal + " session") && !text.contains(ordinal + " sessions")) {
			warning("The request asks for a report at the " + describe(target.getSession())
					+ ", but paragraph " + owner.getPath() + " does not say '" + ordinal
					+ " session': make the text and the request agree.", target,
					UnresPackage.Literals.REPORT_TARGET__SESSION, IssueCodes.REPORT_SESSION_NOT_IN_TEXT);
		}
	}

	private StructureNode ownerOf(Document document, ReportingRequest request) {
		DocumentStructure structure = structures.get(document);
		Annex annex = EcoreUtil2.getContainerOfType(request, Annex.class);
		var part = annex == null ? structure.getMain() : structure.getAnnex(annex);
		for (StructureNode node : part.getAllParagraphs()) {
			if (node.getAttachments().contains(request)) {
				return node;
			}
		}
		return null;
	}

	/** The session of this body at which the document is adopted or recommended, if known. */
	static SessionRef adoptingSessionOf(Document document, Body body) {
		ActingBody acting = DocumentIdentity.actingBodyOf(document);
		if (acting != null && acting.getBody() == body && acting.getSession() != null) {
			return acting.getSession();
		}
		Recommendation recommendation = DocumentIdentity.recommendationOf(document);
		if (recommendation != null && recommendation.getBody() == body) {
			return recommendation.getSession();
		}
		return null;
	}

	static boolean isLater(SessionRef requested, SessionRef adopting) {
		if (requested.getNumber() != adopting.getNumber()) {
			return requested.getNumber() > adopting.getNumber();
		}
		return requested.isReconvened() && !adopting.isReconvened();
	}

	static String describe(SessionRef session) {
		return (session.isReconvened() ? "reconvened " : "") + Ordinals.of(session.getNumber()) + " session";
	}
}
