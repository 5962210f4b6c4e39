package org.unres.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The data a validator attached to an issue (a suggested phrase, the wanted punctuation or
 * label), as it comes back from an editor: the server sends it as a JSON array, and a client
 * returns it as JSON; in-process it is still the String[] of the issue.
 */
final class IssueData {

	private IssueData() {
	}

	/** The first item of the diagnostic's data, or null when there is none. */
	static String first(Diagnostic diagnostic) {
		List<String> items = of(diagnostic.getData());
		return items.isEmpty() ? null : items.get(0);
	}

	static List<String> of(Object data) {
		List<String> items = new ArrayList<>();
		if (data instanceof String[] array) {
			items.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				if (element instanceof JsonPrimitive primitive && primitive.isString()) {
					items.add(primitive.getAsString());
				}
			}
		} else if (data instanceof JsonPrimitive primitive && primitive.isString()) {
			items.add(primitive.getAsString());
		} else if (data instanceof Iterable<?> iterable) {
			for (Object item : iterable) {
				if (item instanceof String text) {
					items.add(text);
				}
			}
		} else if (data instanceof String text) {
			items.add(text);
		}
		return items;
	}
}
