package org.unres.dsl.ide.highlighting;

import java.util.List;

/**
 * The roles that semantic highlighting gives to the words of a text. Each highlighted range
 * carries two ids: a standard LSP token type, which every editor colours, and the UNRES role as
 * a token modifier, for editors and themes that want to tell openers from verbs.
 */
public final class TokenRoles {

	private TokenRoles() {
	}

	// UNRES roles (token modifiers)
	public static final String OPENER = "opener";
	public static final String VERB = "verb";
	public static final String CITATION = "citation";
	public static final String FOOTNOTE = "footnote";
	public static final String METADATA = "metadata";

	// Standard LSP token types the roles are shown as
	public static final String KEYWORD = "keyword";
	public static final String FUNCTION = "function";
	public static final String NAMESPACE = "namespace";
	public static final String NUMBER = "number";
	public static final String DECORATOR = "decorator";

	/** The token types, in the order of the legend the server announces. */
	public static final List<String> TYPES = List.of(KEYWORD, FUNCTION, NAMESPACE, NUMBER, DECORATOR);

	/** The token modifiers, in the order of the legend the server announces. */
	public static final List<String> MODIFIERS = List.of(OPENER, VERB, CITATION, FOOTNOTE, METADATA);
}
