package org.unres.dsl.ui.editor;

import org.eclipse.swt.graphics.RGB;

/** The palette of the UNRES editor, shared by lexical and semantic highlighting (and by its tests). */
public final class TokenColors {

	private TokenColors() {
	}

	public static final RGB COMMENT = new RGB(110, 120, 110);
	public static final RGB HEADING = new RGB(20, 40, 120);
	public static final RGB METADATA = new RGB(127, 0, 85);
	public static final RGB OPENER = new RGB(0, 100, 70);
	public static final RGB VERB = new RGB(160, 60, 0);
	public static final RGB LABEL = new RGB(90, 90, 90);
	public static final RGB CITATION = new RGB(0, 70, 180);
	public static final RGB FOOTNOTE = new RGB(120, 60, 150);
	public static final RGB QUOTATION = new RGB(42, 0, 255);
	public static final RGB TABLE = new RGB(80, 80, 80);
}
