package org.unres.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.unres.dsl.UnresStandaloneSetup;
import org.unres.dsl.index.StandaloneIndex;
import org.unres.dsl.unres.Document;

import com.google.inject.Injector;

/**
 * Texts parsed into one resource set (so that citations between them link) and validated, as
 * {@code unres validate} does; shared by the benchmark and the tests.
 */
public final class LoadedCorpus {

	private static volatile Injector injector;

	private final XtextResourceSet resourceSet;
	private final List<XtextResource> resources = new ArrayList<>();
	private final Map<Resource, Set<Resource>> outgoing = new HashMap<>();

	private LoadedCorpus(XtextResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (LoadedCorpus.class) {
				if (injector == null) {
					injector = new UnresStandaloneSetup().createInjectorAndDoEMFRegistration();
				}
				result = injector;
			}
		}
		return result;
	}

	/** Parses the texts from memory under the URI {@code file:/synthetic/NAME}. */
	public static LoadedCorpus parse(List<SyntheticText> texts) {
		LoadedCorpus corpus = new LoadedCorpus(injector().getInstance(XtextResourceSet.class));
		for (SyntheticText text : texts) {
			corpus.add(text.fileName(), text.content().getBytes(StandardCharsets.UTF_8));
		}
		StandaloneIndex.install(corpus.resourceSet);
		return corpus;
	}

	/** Parses files from disk, as {@code unres validate} does. */
	public static LoadedCorpus load(List<Path> files) {
		LoadedCorpus corpus = new LoadedCorpus(injector().getInstance(XtextResourceSet.class));
		for (Path file : files) {
			corpus.resources.add((XtextResource) corpus.resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		StandaloneIndex.install(corpus.resourceSet);
		return corpus;
	}

	/**
	 * One edit in a loaded, validated workspace: re-parses the edited resource from its new text,
	 * re-links the resources that referred to it (their references pointed into the old content) and
	 * validates the edited resource and those dependants again. Returns the number of dependants.
	 */
	public int edit(XtextResource edited, String newText) {
		Set<XtextResource> dependants = new LinkedHashSet<>();
		for (XtextResource resource : resources) {
			if (resource != edited && referencedResources(resource).contains(edited)) {
				dependants.add(resource);
			}
		}
		try {
			edited.reparse(newText);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		StandaloneIndex.update(edited);
		outgoing.remove(edited);
		validate(edited);
		for (XtextResource dependant : dependants) {
			dependant.relink();
			outgoing.remove(dependant);
			validate(dependant);
		}
		return dependants.size();
	}

	/** Records what every text refers to, as a builder's index does before it serves edits. */
	public void indexReferences() {
		for (XtextResource resource : resources) {
			referencedResources(resource);
		}
	}

	/** The resources a resource refers to, computed once after its links are resolved (the builder's index keeps the same). */
	private Set<Resource> referencedResources(XtextResource resource) {
		return outgoing.computeIfAbsent(resource, r -> {
			Set<Resource> targets = new HashSet<>();
			for (EObject target : EcoreUtil.ExternalCrossReferencer.find(r).keySet()) {
				if (target.eResource() != null) {
					targets.add(target.eResource());
				}
			}
			return targets;
		});
	}

	private XtextResource add(String name, byte[] content) {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI("/synthetic/" + name));
		try {
			resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		resources.add(resource);
		return resource;
	}

	public List<XtextResource> resources() {
		return resources;
	}

	public List<Issue> validate(XtextResource resource) {
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Validates every text; returns the issues of all, in text order. */
	public List<Issue> validateAll() {
		List<Issue> issues = new ArrayList<>();
		for (XtextResource resource : resources) {
			issues.addAll(validate(resource));
		}
		return issues;
	}

	public static Document documentOf(XtextResource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document d ? d : null;
	}
}
