package org.unres.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.unres.dsl.ide.UnresIdeSetup;
import org.unres.dsl.structure.DocumentStructure;
import org.unres.dsl.structure.DocumentStructureProvider;
import org.unres.dsl.structure.StructureNode;
import org.unres.dsl.unres.Paragraph;
import org.unres.dsl.unres.CitedText;
import org.unres.dsl.unres.Document;
import org.unres.dsl.unres.UnresPackage;

import com.google.inject.Injector;

/**
 * The examples as the language runtime links them, without the server: the independent
 * account that the server's answers are checked against.
 */
final class ExampleWorkspace {

	private static Injector injector;

	/** A citation in one file of a document in another, at the words of its number. */
	record Citation(Path citingFile, int offset, int length, Path citedFile, Document cited) {
	}

	private final XtextResourceSet resources;

	private ExampleWorkspace(XtextResourceSet resources) {
		this.resources = resources;
	}

	/**
	 * Loads the examples with an injector of its own. EMF finds a language through global
	 * registries; the language is registered there unless a server in this JVM already did it
	 * (with the same setup).
	 */
	static ExampleWorkspace load() {
		return load(Examples.files());
	}

	static synchronized ExampleWorkspace load(List<Path> files) {
		if (injector == null) {
			UnresIdeSetup setup = new UnresIdeSetup();
			if (IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().containsKey("unres")) {
				injector = setup.createInjector();
			} else {
				injector = setup.createInjectorAndDoEMFRegistration();
			}
		}
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("unres",
				injector.getInstance(XtextResourceFactory.class));
		for (Path file : files) {
			resources.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(resources);
		return new ExampleWorkspace(resources);
	}

	/** Every citation of an example document by another example, in file order. */
	List<Citation> crossFileCitations() {
		List<Citation> citations = new ArrayList<>();
		for (Resource resource : List.copyOf(resources.getResources())) {
			if (!resource.getURI().isFile() || resource.getContents().isEmpty()) {
				continue;
			}
			for (CitedText cited : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), CitedText.class)) {
				Document target = cited.getDocument();
				if (target == null || target.eIsProxy() || target.eResource() == resource
						|| !target.eResource().getURI().isFile()) {
					continue;
				}
				INode node = NodeModelUtils.findNodesForFeature(cited, UnresPackage.Literals.CITED_TEXT__DOCUMENT).get(0);
				// getOffset and getLength leave out the hidden white space before the number
				citations.add(new Citation(pathOf(resource), node.getOffset(), node.getLength(),
						pathOf(target.eResource()), target));
			}
		}
		return citations;
	}

	/** The citations, grouped by the document they cite. */
	Map<Document, List<Citation>> citationsByDocument() {
		Map<Document, List<Citation>> byDocument = new java.util.LinkedHashMap<>();
		for (Citation citation : crossFileCitations()) {
			byDocument.computeIfAbsent(citation.cited(), d -> new ArrayList<>()).add(citation);
		}
		return byDocument;
	}

	List<Document> documents() {
		List<Document> documents = new ArrayList<>();
		for (Resource resource : resources.getResources()) {
			if (resource.getURI().isFile() && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Document document) {
				documents.add(document);
			}
		}
		return documents;
	}

	/** The document's structure as the runtime derives it. */
	DocumentStructure structureOf(Document document) {
		return injector.getInstance(DocumentStructureProvider.class).get(document);
	}

	/** The document whose file is this one. */
	Document documentIn(Path file) {
		return documents().stream().filter(d -> pathOf(d.eResource()).equals(file.toAbsolutePath().normalize()))
				.findFirst().orElseThrow(() -> new AssertionError("no document in " + file));
	}

	/**
	 * The operative paragraphs of the document's own text (not of its annexes) that open with an
	 * italic verb, in order.
	 */
	List<Paragraph> operativeParagraphs(Document document) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (StructureNode node : structureOf(document).getMain().getAllParagraphs()) {
			if (node.getParent() == null && node.getBlock() instanceof Paragraph paragraph && paragraph.getLead() != null) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/** Where a feature's text starts, without the line break a line-led token carries. */
	static int offsetOf(EObject element, EStructuralFeature feature) {
		INode node = NodeModelUtils.findNodesForFeature(element, feature).get(0);
		String text = node.getRootNode().getText();
		int offset = node.getOffset();
		while (Character.isWhitespace(text.charAt(offset))) {
			offset++;
		}
		return offset;
	}

	/** Where an element's text ends, without trailing white space. */
	static int endOf(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		String text = node.getRootNode().getText();
		int end = node.getEndOffset();
		while (Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	static <T> T service(Class<T> type) {
		return injector.getInstance(type);
	}

	static Path pathOf(Resource resource) {
		return Path.of(resource.getURI().toFileString());
	}

	static XtextResource resourceOf(Document document) {
		return (XtextResource) document.eResource();
	}
}
