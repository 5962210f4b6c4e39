package org.unres.dsl.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;

/** A link to a place in a file, given as the language server gives locations. */
public class LocationHyperlink implements IHyperlink {

	private final IRegion region;
	private final Location target;

	public LocationHyperlink(IRegion region, Location target) {
		this.region = region;
		this.target = target;
	}

	public Location getTarget() {
		return target;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Go to definition";
	}

	@Override
	public String getHyperlinkText() {
		String uri = target.getUri();
		return "Open " + uri.substring(uri.lastIndexOf('/') + 1) + " at line " + (target.getRange().getStart().getLine() + 1);
	}

	@Override
	public void open() {
		Locations.open(target);
	}
}
