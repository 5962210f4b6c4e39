package org.unres.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.unres.dsl.scoping.UnresGlobalScopeProvider;
import org.unres.dsl.structure.ProseText;
import org.unres.dsl.unres.ActingBody;
import org.unres.dsl.unres.Body;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.ParagraphReference;
import org.unres.dsl.unres.Recommendation;
import org.unres.dsl.unres.ReportTarget;
import org.unres.dsl.unres.Session;
import org.unres.dsl.unres.SessionRef;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Inject;

/** Proposals that come from declarations: the sessions of a body, the paragraphs of a document. */
public class ReferenceProposals {

	private static final int EXCERPT = 60;

	@Inject
	private UnresGlobalScopeProvider globalScope;

	@Inject
	private IScopeProvider scopeProvider;

	/** "session 20" and "session 20 reconvened" for each session the body's library declares. */
	List<Proposal> sessions(EObject model) {
		Body body = bodyOf(model);
		List<Proposal> proposals = new ArrayList<>();
		if (body == null) {
			return proposals;
		}
		for (Session session : body.getSessions()) {
			String text = "session " + session.getNumber();
			proposals.add(new Proposal(text, body.getName() + " session of " + session.getYear(), null,
					ContentAssistEntry.KIND_VALUE));
			if (session.isReconvened()) {
				proposals.add(new Proposal(text + " reconvened", body.getName() + " session reconvened in "
						+ session.getReconvenedYear(), null, ContentAssistEntry.KIND_VALUE));
			}
		}
		return proposals;
	}

	/** The body named on the line being typed, resolved through the index. */
	private Body bodyOf(EObject model) {
		EObject line = model instanceof SessionRef ? model.eContainer() : model;
		Body body = line instanceof ActingBody acting ? acting.getBody()
				: line instanceof ReportTarget target ? target.getBody()
						: line instanceof Recommendation recommendation ? recommendation.getBody() : null;
		if (body == null) {
			return null;
		}
		if (body.eIsProxy()) {
			String name = writtenBodyName(line);
			IEObjectDescription description = name == null ? null
					: globalScope.getVisible(line.eResource(), UnresPackage.Literals.BODY)
							.getSingleElement(QualifiedName.create(name));
			if (description == null) {
				return null;
			}
			EObject resolved = EcoreUtil.resolve(description.getEObjectOrProxy(), line.eResource());
			return resolved instanceof Body found && !found.eIsProxy() ? found : null;
		}
		return body;
	}

	private static String writtenBodyName(EObject line) {
		for (var reference : line.eClass().getEAllReferences()) {
			if (reference.getEReferenceType() == UnresPackage.Literals.BODY) {
				List<INode> nodes = NodeModelUtils.findNodesForFeature(line, reference);
				return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
			}
		}
		return null;
	}

	/** The paragraphs a reference can name, written as the texts write them: "5 (a)". */
	List<Proposal> paragraphs(ParagraphReference reference) {
		List<Proposal> proposals = new ArrayList<>();
		if (reference == null) {
			return proposals;
		}
		IScope scope = scopeProvider.getScope(reference, UnresPackage.Literals.PARAGRAPH_REFERENCE__TARGETS);
		Set<String> seen = new LinkedHashSet<>();
		List<Proposal> labels = new ArrayList<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			String path = description.getName().toString();
			if (!seen.add(path)) {
				continue;
			}
			EObject target = description.getEObjectOrProxy();
			String excerpt = target instanceof Paragraph paragraph ? excerpt(paragraph) : null;
			Proposal proposal = new Proposal(spaced(path), excerpt, null, ContentAssistEntry.KIND_REFERENCE);
			// A label alone, "(ii)", names a sub-paragraph whose label is unique: offered after the full paths.
			(path.startsWith("(") ? labels : proposals).add(proposal);
		}
		proposals.addAll(labels);
		return proposals;
	}

	/** "5(a)(ii)" as written in running text: "5 (a) (ii)". */
	static String spaced(String path) {
		return path.replaceAll("(?<=[^\\s(])\\(", " (");
	}

	/** The verb and the start of the text of a paragraph, without its label. */
	private static String excerpt(Paragraph paragraph) {
		String text = ((paragraph.getLead() == null ? "" : "*" + paragraph.getLead() + "* ")
				+ ProseText.textOf(paragraph.getContent())).strip().replaceAll("\\s+", " ");
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).strip() + "…";
	}
}
