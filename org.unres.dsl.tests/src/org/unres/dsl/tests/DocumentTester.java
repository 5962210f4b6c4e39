package org.unres.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.UnresFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses test inputs and finds the diagnostics UNRES reports on them, asserting that inputs
 * parse cleanly so that a rule test never passes because of a syntax error.
 */
public class DocumentTester {

	@Inject
	private ParseHelper<UnresFile> parser;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** A fresh resource set: a workspace of its own. */
	public ResourceSet newWorkspace() {
		return resourceSets.get();
	}

	/** Parses one file of a workspace, failing on syntax errors. */
	public UnresFile parse(String text, String fileName, ResourceSet workspace) {
		try {
			UnresFile file = parser.parse(text, URI.createURI("workspace:/" + fileName), workspace);
			assertParsed(file.eResource());
			return file;
		} catch (Exception e) {
			throw new AssertionError("Cannot parse " + fileName, e);
		}
	}

	/** Parses a document alone in its workspace. */
	public Document parse(String text) {
		return (Document) parse(text, "test.unres", newWorkspace());
	}

	public static void assertParsed(Resource resource) {
		if (!resource.getErrors().isEmpty()) {
			fail("Syntax errors in " + resource.getURI().lastSegment() + ": " + resource.getErrors().stream()
					.map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).collect(Collectors.joining("; ")));
		}
	}

	public List<Issue> issues(Resource resource) {
		return validator.validate(resource);
	}

	public List<Issue> issues(String text) {
		return issues(parse(text).eResource());
	}

	public List<Issue> issuesWithCode(String text, String code) {
		return issues(text).stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	/** The one diagnostic with this code; fails if there is none or more than one. */
	public Issue single(String text, String code) {
		List<Issue> found = issuesWithCode(text, code);
		if (found.size() != 1) {
			fail("Expected exactly one " + code + " but found " + found.size() + "; all issues: " + issues(text));
		}
		return found.get(0);
	}

	/** The one diagnostic with this code, which must cover exactly the first occurrence of {@code marked}. */
	public Issue singleAt(String text, String code, String marked) {
		return singleAt(text, code, marked, marked);
	}

	/**
	 * The one diagnostic with this code, which must cover exactly {@code marked} within the first
	 * occurrence of {@code context}.
	 */
	public Issue singleAt(String text, String code, String context, String marked) {
		Issue issue = single(text, code);
		int contextOffset = text.indexOf(context);
		assertTrue(contextOffset >= 0 && context.contains(marked), "test input lacks " + context);
		int offset = contextOffset + context.indexOf(marked);
		assertEquals(offset, issue.getOffset(), "offset of " + code + " (" + issue.getMessage() + ")");
		assertEquals(marked.length(), issue.getLength().intValue(), "length of " + code + " (" + issue.getMessage() + ")");
		return issue;
	}

	public Issue singleIn(EObject root, String code) {
		List<Issue> found = issues(root.eResource()).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), "exactly one " + code + " in " + found);
		return found.get(0);
	}

	public void assertNoneIn(EObject root, String code) {
		List<Issue> found = issues(root.eResource()).stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(found.isEmpty(), "no " + code + " expected, found " + found);
	}

	public void assertNone(String text, String code) {
		List<Issue> found = issuesWithCode(text, code);
		if (!found.isEmpty()) {
			fail("Expected no " + code + " but found " + found);
		}
	}
}
