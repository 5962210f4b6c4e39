package org.unres.dsl.ui;

/** Identifiers the plug-in declares in plugin.xml and uses in code. */
public final class UnresUi {

	private UnresUi() {
	}

	public static final String PLUGIN_ID = "org.unres.dsl.ui";

	/** The content type of {@code *.unres} files. */
	public static final String CONTENT_TYPE = "org.unres.dsl.contentType";

	public static final String FILE_EXTENSION = "unres";

	/** Problems found by validation, while typing and by the builder. */
	public static final String PROBLEM_MARKER = PLUGIN_ID + ".problem";

	public static final String NATURE_ID = PLUGIN_ID + ".unresNature";

	public static final String BUILDER_ID = PLUGIN_ID + ".unresBuilder";
}
