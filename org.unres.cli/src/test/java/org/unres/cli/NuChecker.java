package org.unres.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.SAXException;

import nu.validator.messages.MessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.MessageTextHandler;
import nu.validator.messages.types.MessageType;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker run in-process, as its command line runs it (the HTML5 schema with its
 * assertions, table, microdata, text and language checks), collecting each message with its place.
 */
final class NuChecker {

	/** One message of the checker. */
	record Message(String severity, int line, int column, String text) {

		boolean isError() {
			return severity.equals("error");
		}

		boolean isWarning() {
			return severity.equals("warning");
		}

		@Override
		public String toString() {
			return line + ":" + column + ": " + severity + ": " + text;
		}
	}

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;
	private final Collector collector = new Collector();

	NuChecker() throws Exception {
		// No log4j set-up (Xtext uses log4j too), no logging of URLs, language detection on.
		validator = new SimpleDocumentValidator(false, false, true);
		MessageEmitterAdapter handler = new MessageEmitterAdapter(null, validator.getSourceCode(), false,
				new ImageCollector(validator.getSourceCode()), 0, true, collector);
		handler.setHtml(true);
		handler.start(null);
		validator.setUpMainSchema(HTML5_SCHEMA, handler);
		validator.setUpValidatorAndParsers(handler, false, false);
	}

	/** Every message about one file, read as UTF-8 text/html. */
	List<Message> check(Path file) throws IOException {
		collector.messages.clear();
		try {
			validator.checkHtmlFile(file.toFile(), true);
		} catch (SAXException e) {
			// A fatal parse error is also reported to the handler; keep it in case it was not.
			collector.messages.add(new Message("error", -1, -1, "fatal: " + e.getMessage()));
		}
		return List.copyOf(collector.messages);
	}

	/** Gathers messages as the checker emits them: a start with type and place, text, an end. */
	private static final class Collector extends MessageEmitter {
		final List<Message> messages = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private String severity;
		private int line;
		private int column;

		@Override
		public void startMessage(MessageType type, String systemId, int firstLine, int firstColumn, int lastLine,
				int lastColumn, boolean exact) {
			severity = severityOf(type);
			line = lastLine;
			column = lastColumn;
			text.setLength(0);
		}

		@Override
		public MessageTextHandler startText() {
			return new MessageTextHandler() {
				@Override
				public void characters(char[] ch, int start, int length) {
					text.append(ch, start, length);
				}

				@Override
				public void startCode() {
					text.append('\u201C');
				}

				@Override
				public void endCode() {
					text.append('\u201D');
				}

				@Override
				public void startLink(String href, String title) {
				}

				@Override
				public void endLink() {
				}
			};
		}

		@Override
		public void endMessage() {
			messages.add(new Message(severity, line, column, text.toString()));
		}

		/** "error" (also fatal, I/O, schema and internal errors), "warning", or "info". */
		private static String severityOf(MessageType type) {
			if ("info".equals(type.getSuperType())) {
				return "warning".equals(type.getSubType()) ? "warning" : "info";
			}
			return "error";
		}
	}
}
