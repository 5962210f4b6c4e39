package org.unres.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.unres.dsl.validation.IssueCodes;

/**
 * Quick fixes keyed by issue code. Each works on the text the diagnostic marks and the data the
 * validator attached: a suggested opener or verb, the wanted end punctuation, the wanted label.
 */
public class UnresQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(IssueCodes.UNKNOWN_OPENER)
	public void replaceUnknownOpener(DiagnosticResolutionAcceptor acceptor) {
		acceptPhraseSuggestion(acceptor);
	}

	@QuickFix(IssueCodes.VERB_IN_PREAMBLE)
	public void replaceVerbInPreamble(DiagnosticResolutionAcceptor acceptor) {
		acceptPhraseSuggestion(acceptor);
	}

	@QuickFix(IssueCodes.UNKNOWN_VERB)
	public void replaceUnknownVerb(DiagnosticResolutionAcceptor acceptor) {
		acceptPhraseSuggestion(acceptor);
	}

	/** The marked "*Recalls also*" becomes the suggested "*Recalling also*". */
	private void acceptPhraseSuggestion(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Use the suggested phrase", (Diagnostic diagnostic, org.eclipse.emf.ecore.EObject element,
				Document document) -> {
			String suggestion = IssueData.first(diagnostic);
			if (suggestion == null) {
				return List.of();
			}
			return List.of(new TextEdit(diagnostic.getRange(), "*" + suggestion + "*"));
		});
	}

	/** "*Also requests*" with no "*Requests*" before it becomes "*Requests*"; "*Recalling also*" becomes "*Recalling*". */
	@QuickFix(IssueCodes.ADVERB_BEFORE_PLAIN_USE)
	public void dropRepetitionWord(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Use the plain form", (diagnostic, element, document) -> {
			String marked = document.getSubstring(diagnostic.getRange());
			String plain = RepeatedForms.plainForm(marked);
			return plain == null ? List.of() : List.of(new TextEdit(diagnostic.getRange(), plain));
		});
	}

	@QuickFix(IssueCodes.PREAMBLE_PUNCTUATION)
	public void fixPreamblePunctuation(DiagnosticResolutionAcceptor acceptor) {
		acceptPunctuation(acceptor);
	}

	@QuickFix(IssueCodes.OPERATIVE_PUNCTUATION)
	public void fixOperativePunctuation(DiagnosticResolutionAcceptor acceptor) {
		acceptPunctuation(acceptor);
	}

	@QuickFix(IssueCodes.LAST_PARAGRAPH_PUNCTUATION)
	public void fixLastParagraphPunctuation(DiagnosticResolutionAcceptor acceptor) {
		acceptPunctuation(acceptor);
	}

	@QuickFix(IssueCodes.LEAD_IN_PUNCTUATION)
	public void fixLeadInPunctuation(DiagnosticResolutionAcceptor acceptor) {
		acceptPunctuation(acceptor);
	}

	/** The marked paragraph text gets the end punctuation the validator wants (its issue data). */
	private void acceptPunctuation(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("End the paragraph with the right punctuation", (diagnostic, element, document) -> {
			String wanted = IssueData.first(diagnostic);
			if (wanted == null) {
				return List.of();
			}
			int start = document.getOffSet(diagnostic.getRange().getStart());
			String text = document.getSubstring(diagnostic.getRange());
			PunctuationFix.Edit edit = PunctuationFix.of(text, wanted);
			if (edit == null) {
				return List.of();
			}
			Range range = new Range(document.getPosition(start + edit.start()), document.getPosition(start + edit.end()));
			return List.of(new TextEdit(range, edit.replacement()));
		});
	}

	/** The marked label "5." or "(d)" becomes the one the numbering wants ("3." or "(c)"). */
	@QuickFix(IssueCodes.NUMBERING_SEQUENCE)
	public void renumber(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Renumber the paragraph", (diagnostic, element, document) -> {
			String wanted = IssueData.first(diagnostic);
			if (wanted == null) {
				return List.of();
			}
			String marked = document.getSubstring(diagnostic.getRange()).strip();
			String label = marked.endsWith(".") && !wanted.endsWith(".") ? wanted + "." : wanted;
			return List.of(new TextEdit(diagnostic.getRange(), label));
		});
	}
}
