package org.unres.dsl.tests.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.ide.contentassist.LeafAtOffset;
import org.unres.dsl.ide.contentassist.UnresContentAssistContextFactory;
import org.unres.dsl.tests.Workspaces;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Content assist that parses from the paragraph around the cursor, and finds the nodes at the
 * cursor by going down to them, proposes what Xtext's content assist parsing from the top of the
 * text proposes: compared over the heading, at line ends and at offsets spread over the two
 * longest examples, and, for the nodes, at the edges of every fifth leaf of every example.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresIdeInjectorProvider.class)
class ContentAssistFromTheParagraphTest {

	@Inject
	private Injector ide;

	/**
	 * One thread: a factory computes its contexts as parallel tasks, and when two contexts offer the
	 * same proposal with different prefixes, the one that finishes first is kept; in submission order
	 * the two factories are compared on what they compute, not on how their threads were scheduled.
	 */
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();
	private static final int OFFSETS_PER_TEXT = 100;
	private static final int HEAD = 450;
	/** Every leaf of every example takes 15 s with Xtext's finder, which visits every leaf before the offset. */
	private static final int LEAF_STEP = 5;

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	@Test
	void theNodesAtTheEdgesOfLeavesAreXtexts() throws IOException {
		for (Path file : Workspaces.exampleFiles()) {
			ICompositeNode root = load(file).getParseResult().getRootNode();
			int index = 0;
			for (ILeafNode leaf : root.getLeafNodes()) {
				if (index++ % LEAF_STEP != 0) {
					continue;
				}
				for (int offset : new int[] { leaf.getTotalOffset(), leaf.getTotalOffset() + 1, leaf.getTotalEndOffset() }) {
					for (boolean leading : new boolean[] { true, false }) {
						assertSame(new LeafNodeFinder(offset, leading).searchIn(root), new LeafAtOffset(offset, leading).searchIn(root),
								file.getFileName() + " at " + offset + (leading ? ", leading" : ""));
					}
				}
			}
		}
	}

	@Test
	void proposalsAreThoseOfAParseFromTheTop() throws IOException {
		assertTrue(ide.getInstance(ContentAssistContextFactory.class) instanceof UnresContentAssistContextFactory,
				"the IDE module binds the paragraph-based factory");
		List<Path> longest = Workspaces.exampleFiles().stream()
				.sorted(Comparator.comparingLong((Path f) -> f.toFile().length()).reversed()).limit(2).toList();
		int compared = 0;
		for (Path file : longest) {
			XtextResource resource = load(file);
			String text = resource.getParseResult().getRootNode().getText();
			for (int offset : offsets(text)) {
				ContentAssistContextFactory fromTheTop = new ContentAssistContextFactory();
				ide.injectMembers(fromTheTop);
				List<String> top = proposals(fromTheTop, text, offset, resource);
				List<String> fromParagraph = proposals(ide.getInstance(ContentAssistContextFactory.class), text, offset, resource);
				String place = file.getFileName() + " at offset " + offset + ": …" + text.substring(Math.max(0, offset - 40), offset) + "|";
				assertEquals(top, fromParagraph, place);
				compared++;
			}
		}
		assertTrue(compared >= 3 * OFFSETS_PER_TEXT, compared + " offsets compared");
	}

	/**
	 * Every third offset of the heading lines, offsets spread over the rest of the text, and the
	 * ends of lines (where typing goes on), some of each.
	 */
	private static List<Integer> offsets(String text) {
		int length = text.length();
		List<Integer> offsets = new ArrayList<>();
		for (int end = text.indexOf('\n', HEAD), taken = 0; end > 0 && taken < OFFSETS_PER_TEXT; end = text.indexOf('\n', end + 1)) {
			if (end > 0 && text.charAt(end - 1) != '\n') {
				offsets.add(end);
				taken++;
			}
		}
		for (int offset = 1; offset < Math.min(HEAD, length); offset += 3) {
			offsets.add(offset);
		}
		for (int offset = HEAD; offset < length; offset += Math.max(1, length / OFFSETS_PER_TEXT)) {
			offsets.add(offset);
		}
		return offsets;
	}


	private List<String> proposals(ContentAssistContextFactory factory, String text, int offset, XtextResource resource) {
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = ide.getInstance(IdeContentProposalAcceptor.class);
		ide.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<String> proposals = new ArrayList<>();
		acceptor.getEntries().forEach(entry -> proposals.add(entry.getProposal() + " replacing '" + entry.getPrefix() + "'"));
		proposals.sort(null);
		return proposals;
	}

	private XtextResource load(Path file) throws IOException {
		XtextResourceSet resourceSet = ide.getInstance(XtextResourceSet.class);
		XtextResource resource = ide.getInstance(XtextResource.class);
		resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(Workspaces.read(file).getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
