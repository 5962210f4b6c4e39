package org.unres.dsl.ui.editor;

import java.util.List;

/**
 * A range that semantic highlighting colours, with the style ids the calculator gave it (such as
 * "function" and "verb").
 */
public record HighlightedRange(int offset, int length, List<String> styles) {
}
