package org.unres.dsl.ui.problems;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes of UNRES problem markers, in the Problems view and (Ctrl+1) in the editor, from
 * {@link QuickFixes}.
 */
public class UnresMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	private static final ILog LOG = ILog.of(UnresMarkerResolutionGenerator.class);

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFixes.available() && marker.getResource() instanceof IFile
				&& marker.getAttribute(IssueMarkers.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		return fixesFor(marker).stream().map(fix -> new Resolution(fix.title())).toArray(IMarkerResolution[]::new);
	}

	static List<QuickFixes.Fix> fixesFor(IMarker marker) {
		try (MarkedDocument marked = new MarkedDocument(marker)) {
			Position position = marked.positionOf(marker);
			return QuickFixes.of(marker, marked.document(), position.getOffset(), position.getOffset() + position.getLength());
		} catch (CoreException | RuntimeException e) {
			LOG.error("Cannot compute quick fixes for " + marker.getResource().getFullPath(), e);
			return List.of();
		}
	}

	/** One fix, found again by its title when run, on the text as it is then. */
	private static final class Resolution implements IMarkerResolution2 {

		private final String title;

		Resolution(String title) {
			this.title = title;
		}

		@Override
		public String getLabel() {
			return title;
		}

		@Override
		public String getDescription() {
			return title;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			try (MarkedDocument marked = new MarkedDocument(marker)) {
				Position position = marked.positionOf(marker);
				for (QuickFixes.Fix fix : QuickFixes.of(marker, marked.document(), position.getOffset(),
						position.getOffset() + position.getLength())) {
					if (fix.title().equals(title)) {
						QuickFixes.apply(fix, marked.document());
						return;
					}
				}
			} catch (CoreException | BadLocationException | RuntimeException e) {
				LOG.error("Quick fix '" + title + "' failed on " + marker.getResource().getFullPath(), e);
			}
		}
	}
}
