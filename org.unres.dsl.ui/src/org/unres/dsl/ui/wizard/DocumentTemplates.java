package org.unres.dsl.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.unres.dsl.ui.UnresUi;

/**
 * The skeletons of new texts ({@code templates/*.unres} of this plug-in), filled with what the
 * wizard asks: kind, acting body, session, number and title. A filled skeleton is a valid text.
 */
public final class DocumentTemplates {

	/** The kinds of text the wizard creates, each with its skeleton. */
	public enum Kind {
		RESOLUTION("Resolution", "resolution.unres", false), DECISION("Decision", "decision.unres", false),
		DRAFT_RESOLUTION("Draft resolution", "draft-resolution.unres", true),
		DRAFT_DECISION("Draft decision", "draft-decision.unres", true);

		private final String label;
		private final String template;
		private final boolean draft;

		Kind(String label, String template, boolean draft) {
			this.label = label;
			this.template = template;
			this.draft = draft;
		}

		public String label() {
			return label;
		}

		public boolean isDraft() {
			return draft;
		}
	}

	/**
	 * What fills a skeleton.
	 *
	 * @param body        the acting body's short name ("CCPCJ")
	 * @param bodyTitle   its title ("Commission on Crime Prevention and Criminal Justice")
	 * @param recommender for drafts, the recommending body's short name
	 * @param session     the session of adoption, or of recommendation for drafts
	 * @param number      "20/10", "II"; may be empty for drafts
	 */
	public record Values(Kind kind, String body, String bodyTitle, String recommender, int session, String number,
			String title) {
	}

	private DocumentTemplates() {
	}

	public static String text(Values values) {
		String formula = "The " + values.bodyTitle();
		Map<String, String> fields = Map.of("number", values.number().strip(), "body", values.body(), "session",
				Integer.toString(values.session()), "title", values.title().strip(), "formula", formula, "formulaLower",
				"the " + values.bodyTitle(), "recommender", values.recommender() == null ? "" : values.recommender());
		String text = read(values.kind().template);
		for (Map.Entry<String, String> field : fields.entrySet()) {
			text = text.replace("${" + field.getKey() + "}", field.getValue());
		}
		// an empty number leaves "Draft resolution " behind
		return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
	}

	/** A file name for the text: "ccpcj-resolution-20-10.unres", "draft-resolution-ii-for-ga.unres". */
	public static String fileName(Values values) {
		String name = values.kind().isDraft()
				? values.kind().label() + " " + values.number() + " for " + values.body()
				: values.body() + " " + values.kind().label() + " " + values.number();
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
				+ UnresUi.FILE_EXTENSION;
	}

	private static String read(String template) {
		URL entry = Platform.getBundle(UnresUi.PLUGIN_ID).getEntry("templates/" + template);
		if (entry == null) {
			throw new IllegalStateException("The template " + template + " is missing from the plug-in");
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
