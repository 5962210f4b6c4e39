package org.unres.dsl.ide.contentassist;

/**
 * One proposal before it meets the text being typed.
 *
 * @param text          what is inserted
 * @param description   a short line beside it (a title, "operative verb")
 * @param documentation longer help, or null
 * @param kind          a ContentAssistEntry kind
 */
record Proposal(String text, String description, String documentation, String kind) {
}
