package org.unres.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.unres.dsl.citation.CitedDocuments;
import org.unres.dsl.ide.hover.PhraseUsage;
import org.unres.dsl.ide.navigation.DocumentNames;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.Officer;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.PhraseKind;
import org.unres.dsl.unres.ReportTarget;
import org.unres.dsl.unres.ReportingRequest;
import org.unres.dsl.unres.ResolutionCitation;
import org.unres.dsl.unres.UnresPackage;
import org.unres.dsl.vocabulary.Vocabulary;

import com.google.inject.Inject;

/**
 * Proposals where a drafter writes UN vocabulary: openers at the start of a preambular
 * paragraph, verbs after a paragraph number, bodies and their sessions in @-lines, numbers of
 * the resolutions and decisions of the workspace in citations, paragraph numbers in references,
 * officers in reporting requests. Placeholder proposals (a feature's name) are left out.
 */
public class UnresContentProposalProvider extends IdeContentProposalProvider {

	/** Above Xtext's keyword and cross-reference priorities, so that vocabulary comes first. */
	private static final int SPECIFIC_PRIORITY = 100_000;

	/** Little words that the grammar expects in many places but that are no help as proposals. */
	private static final Set<String> QUIET_KEYWORDS = Set.of("of", "and", "to", "on", "in", "by", "also");

	@Inject
	private Vocabulary vocabulary;

	@Inject
	private UnresGlobalScopeProvider globalScope;

	@Inject
	private CitedDocuments citedDocuments;

	@Inject
	private PhraseUsage phraseUsage;

	@Inject
	private PhraseProposals phraseProposals;

	@Inject
	private ReferenceProposals referenceProposals;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String rule = GrammarUtil.containingParserRule(assignment).getName();
		switch (rule + "." + assignment.getFeature()) {
		case "PreambularParagraph.opener" -> openers(context, acceptor);
		case "NumberedParagraph.lead", "LetteredParagraph.lead" -> verbs(context, acceptor);
		case "ActingBody.body", "Recommendation.body", "ReportTarget.body" -> bodies(context, acceptor);
		case "ActingBody.session", "Recommendation.session", "ReportTarget.session" ->
			acceptAll(referenceProposals.sessions(context.getCurrentModel()), context, acceptor);
		case "ResolutionCitation.entries", "CitedText.document" -> citedNumbers(context, acceptor);
		case "ParagraphReference.targets" -> acceptAll(referenceProposals.paragraphs(
				EcoreUtil2.getContainerOfType(context.getCurrentModel(), ParagraphReference.class)), context, acceptor);
		case "ReportingRequest.reporter" -> officers(context, acceptor);
		case "FootnoteReference.footnote" -> super._createProposals(assignment, context, acceptor);
		default -> {
			// no placeholder text for prose, labels and titles
		}
		}
	}

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		if (value.length() < 2 || !(Character.isLetter(value.charAt(0)) || value.charAt(0) == '@')) {
			return false;
		}
		EObject model = context.getCurrentModel();
		if ("Draft".equals(value) && !beforeTheKind(context.getRootModel(), context.getOffset())) {
			return false; // "Draft" is the kind's prefix on the first line, a word of prose elsewhere
		}
		boolean inReport = model instanceof ReportingRequest || model instanceof ReportTarget;
		return inReport || !QUIET_KEYWORDS.contains(value);
	}

	private static boolean beforeTheKind(EObject root, int offset) {
		if (!(root instanceof Document document)) {
			return true;
		}
		var kind = NodeModelUtils.findNodesForFeature(document, UnresPackage.Literals.DOCUMENT__KIND);
		return kind.isEmpty() || offset <= kind.get(0).getOffset();
	}

	/** Openers, while the text is still in its preamble. */
	private void openers(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Document document = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Document.class);
		if (document != null && phraseProposals.isAfterPreamble(document, context.getOffset())) {
			return;
		}
		Resource resource = context.getResource();
		List<Proposal> proposals = new ArrayList<>();
		for (String opener : phraseProposals.openersFor(document, context.getOffset(),
				vocabulary.phrases(resource, PhraseKind.OPENER))) {
			proposals.add(new Proposal("*" + opener + "*", "preambular opener", phraseUsage.ofOpener(resource, opener),
					ContentAssistEntry.KIND_KEYWORD));
		}
		acceptAll(proposals, context, acceptor);
	}

	/** Verbs, and the repeated forms ("Also requests") of verbs already used above. */
	private void verbs(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Document document = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Document.class);
		Resource resource = context.getResource();
		List<Proposal> proposals = new ArrayList<>();
		for (String verb : phraseProposals.verbsFor(document, context.getOffset(),
				vocabulary.phrases(resource, PhraseKind.VERB))) {
			proposals.add(new Proposal("*" + verb + "*", "operative verb", phraseUsage.ofVerb(resource, verb),
					ContentAssistEntry.KIND_FUNCTION));
		}
		acceptAll(proposals, context, acceptor);
	}

	private void bodies(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		List<Proposal> proposals = new ArrayList<>();
		for (IEObjectDescription body : globalScope.getVisible(context.getResource(), UnresPackage.Literals.BODY)
				.getAllElements()) {
			proposals.add(new Proposal(body.getName().toString(), DocumentNames.title(body), null,
					ContentAssistEntry.KIND_MODULE));
		}
		acceptAll(proposals, context, acceptor);
	}

	private void officers(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		List<Proposal> proposals = new ArrayList<>();
		for (IEObjectDescription officer : globalScope
				.getVisible(context.getResource(), UnresPackage.Literals.OFFICER).getAllElements()) {
			EObject declaration = EcoreUtil.resolve(officer.getEObjectOrProxy(), context.getResource());
			String title = declaration instanceof Officer known ? known.getTitle() : null;
			proposals.add(new Proposal(officer.getName().toString(), title, null, ContentAssistEntry.KIND_VALUE));
		}
		acceptAll(proposals, context, acceptor);
	}

	/**
	 * The numbers of the workspace's resolutions or decisions of the body the citation names
	 * (its acting body for "its resolution"), each with its title.
	 */
	private void citedNumbers(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ResolutionCitation citation = citationOf(context);
		if (citation == null) {
			return;
		}
		String body = citedDocuments.bodyNameOf(citation);
		String kind = CitedDocuments.kindOf(citation);
		Document citing = EcoreUtil2.getContainerOfType(citation, Document.class);
		Set<String> proposed = new LinkedHashSet<>();
		List<Proposal> proposals = new ArrayList<>();
		for (IEObjectDescription description : globalScope
				.getVisible(context.getResource(), UnresPackage.Literals.DOCUMENT).getAllElements()) {
			QualifiedName name = description.getName();
			if (name.getSegmentCount() != 3 || !name.getSegment(1).equals(kind)
					|| (body != null && !name.getFirstSegment().equals(body))
					|| (citing != null && description.getEObjectURI().trimFragment().equals(citing.eResource().getURI()))) {
				continue;
			}
			String number = NumberText.of(name.getLastSegment());
			if (proposed.add(number)) {
				proposals.add(new Proposal(number, DocumentNames.readable(description), DocumentNames.title(description),
						ContentAssistEntry.KIND_REFERENCE));
			}
		}
		acceptAll(proposals, context, acceptor);
	}

	private static ResolutionCitation citationOf(ContentAssistContext context) {
		ResolutionCitation citation = EcoreUtil2.getContainerOfType(context.getCurrentModel(), ResolutionCitation.class);
		return citation != null ? citation
				: EcoreUtil2.getContainerOfType(context.getPreviousModel(), ResolutionCitation.class);
	}

	private void acceptAll(List<Proposal> proposals, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		int priority = SPECIFIC_PRIORITY;
		for (Proposal proposal : proposals) {
			accept(proposal, priority--, context, acceptor);
		}
	}

	/** Proposals keep the order they are made in: each gets a lower priority than the one before. */
	private void accept(Proposal proposal, int priority, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal.text(), context, proposal.kind(), it -> {
			it.setDescription(proposal.description());
			if (proposal.documentation() != null) {
				it.setDocumentation(proposal.documentation());
			}
		});
		if (entry != null) {
			acceptor.accept(entry, priority);
		}
	}
}
