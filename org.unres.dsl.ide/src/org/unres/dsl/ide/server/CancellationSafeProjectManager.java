package org.unres.dsl.ide.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's project manager keeps the index of the last build that completed. A build cancelled by
 * a newer change is thrown away, yet it may already have published diagnostics, and linked
 * resources, against its own index. When the newer change undoes the cancelled one (a number
 * renamed and renamed back), the index sees no change at all, and those diagnostics would stay
 * wrong until the file is edited. So the next build checks again every file a cancelled build
 * checked, and starts from a fresh resource set. Builds run one at a time (the request manager's
 * write lock), so the fields need no further guard.
 */
public class CancellationSafeProjectManager extends ProjectManager {

	private final Set<URI> checkedByCancelledBuilds = new LinkedHashSet<>();

	private Set<URI> checkedByThisBuild = new HashSet<>();

	private boolean resourcesMayHoldCancelledLinks;

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		List<URI> toBuild = new ArrayList<>(dirtyFiles);
		for (URI uri : checkedByCancelledBuilds) {
			if (!toBuild.contains(uri) && !deletedFiles.contains(uri)) {
				toBuild.add(uri);
			}
		}
		checkedByThisBuild = new HashSet<>();
		boolean completed = false;
		try {
			IncrementalBuilder.Result result = super.doBuild(toBuild, deletedFiles, externalDeltas, cancelIndicator);
			completed = true;
			return result;
		} finally {
			if (completed) {
				checkedByCancelledBuilds.clear();
			} else {
				checkedByCancelledBuilds.addAll(checkedByThisBuild);
				resourcesMayHoldCancelledLinks = true;
			}
		}
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		request.setAfterValidate((uri, issues) -> {
			checkedByThisBuild.add(uri);
			return publish.afterValidate(uri, issues);
		});
		return request;
	}

	@Override
	protected XtextResourceSet createFreshResourceSet(ResourceDescriptionsData newIndex) {
		if (resourcesMayHoldCancelledLinks) {
			resourcesMayHoldCancelledLinks = false;
			return createNewResourceSet(newIndex);
		}
		return super.createFreshResourceSet(newIndex);
	}
}
