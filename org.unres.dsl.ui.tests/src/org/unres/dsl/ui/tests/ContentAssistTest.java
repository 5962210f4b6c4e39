package org.unres.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unres.dsl.ui.editor.TextEditProposal;

/** Content assist offers the vocabulary: operative verbs after a paragraph number, openers in the preamble. */
class ContentAssistTest {

	private static final String EXAMPLE = "resolution-20-8-budget-2012-2013.unres";
	@RegisterExtension
	static final ExampleProject project = ExampleProject.named("assisted-examples");

	@Test
	void operativeVerbsAreOfferedAfterAParagraphNumber() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		IDocument document = Workbench.documentOf(editor);
		int end = document.get().indexOf("regular budget resources;") + "regular budget resources;".length();
		document.replace(end, 0, "\n\n5. ");
		int caret = end + "\n\n5. ".length();

		List<TextEditProposal> proposals = proposalsAt(editor, caret);
		List<String> texts = proposals.stream().map(TextEditProposal::getText).toList();
		assertTrue(texts.containsAll(List.of("*Requests*", "*Decides*", "*Welcomes*", "*Takes note*")), texts.toString());
		assertFalse(texts.contains("*Recalling*"), "no preambular opener among operative verbs: " + texts);

		TextEditProposal decides = proposals.stream().filter(p -> p.getText().equals("*Decides*")).findFirst().orElseThrow();
		decides.apply(document);
		assertTrue(document.get().contains("regular budget resources;\n\n5. *Decides*"), "the verb is inserted");
	}

	@Test
	void openersAreOfferedInThePreamble() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile(EXAMPLE));
		IDocument document = Workbench.documentOf(editor);
		int end = document.get().indexOf("22 December 2006],") + "22 December 2006],".length();
		document.replace(end, 0, "\n\n*Rec");
		int caret = end + "\n\n*Rec".length();

		List<String> texts = proposalsAt(editor, caret).stream().map(TextEditProposal::getText).toList();
		assertTrue(texts.contains("*Recalling*"), texts.toString());
		assertTrue(texts.stream().allMatch(text -> text.startsWith("*Rec")), "only what begins with *Rec: " + texts);
		assertFalse(texts.contains("*Requests*"), texts.toString());
	}

	private static List<TextEditProposal> proposalsAt(ITextEditor editor, int caret) {
		IContentAssistProcessor processor = Contributions.forUnres("contentAssistProcessors", IContentAssistProcessor.class);
		ICompletionProposal[] proposals = processor.computeCompletionProposals(Contributions.viewerOf(editor), caret);
		assertTrue(proposals != null && proposals.length > 0, "proposals at " + caret + ": " + processor.getErrorMessage());
		return Stream.of(proposals).map(TextEditProposal.class::cast).toList();
	}
}
