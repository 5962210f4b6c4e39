package org.unres.dsl.generator.akn;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the XML through a real XML writer (which escapes every text and attribute) and lays it
 * out for people: structural elements start on their own indented line, while everything inside
 * an element with mixed content ({@code p}, {@code num}, {@code heading}…) is written exactly as
 * given, so that no layout white space ever becomes part of the text.
 */
final class XmlOut {

	static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
	static final String UNRES = "http://www.unres.org/akn/1.0";
	static final String UNRES_PREFIX = "unres";

	private static final String INDENT = "  ";

	/** One open element: whether its content is mixed, and whether structure was written in it. */
	private static final class Open {
		final boolean mixed;
		final boolean empty;
		boolean hasStructure;

		Open(boolean mixed, boolean empty) {
			this.mixed = mixed;
			this.empty = empty;
		}
	}

	private final StringWriter buffer = new StringWriter();
	private final XMLStreamWriter writer;
	private final Deque<Open> open = new ArrayDeque<>();

	XmlOut() {
		try {
			writer = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
			writer.setDefaultNamespace(AKN);
			writer.setPrefix(UNRES_PREFIX, UNRES);
			writer.writeStartDocument("UTF-8", "1.0");
		} catch (XMLStreamException e) {
			throw new IllegalStateException("No XML writer available", e);
		}
	}

	/** Opens the root element and declares the namespaces. */
	void root(String name) {
		block(name);
		call(() -> {
			writer.writeDefaultNamespace(AKN);
			writer.writeNamespace(UNRES_PREFIX, UNRES);
		});
	}

	/** An element that holds other elements only: on its own line. */
	XmlOut block(String name) {
		return start(AKN, name, false, false);
	}

	/** An element whose content is text and inline elements: on its own line, content as given. */
	XmlOut mixed(String name) {
		return start(AKN, name, true, false);
	}

	/** An element inside mixed content: no layout around it or in it. */
	XmlOut inline(String name) {
		return start(AKN, name, true, false);
	}

	/** An element of UNRES's own namespace, for metadata the Akoma Ntoso vocabulary lacks. */
	XmlOut unresBlock(String name) {
		return start(UNRES, name, false, false);
	}

	/** An element without content, {@code <FRBRcountry value="un"/>}: attributes, then {@link #end()}. */
	XmlOut empty(String name) {
		return start(AKN, name, false, true);
	}

	/** An element of UNRES's namespace without content. */
	XmlOut unresEmpty(String name) {
		return start(UNRES, name, false, true);
	}

	private XmlOut start(String namespace, String name, boolean mixed, boolean empty) {
		boolean inMixed = inMixedContent();
		if (!inMixed) {
			newLine();
			if (!open.isEmpty()) {
				open.peek().hasStructure = true;
			}
		}
		call(() -> {
			if (UNRES.equals(namespace) && empty) {
				writer.writeEmptyElement(UNRES_PREFIX, name, UNRES);
			} else if (UNRES.equals(namespace)) {
				writer.writeStartElement(UNRES_PREFIX, name, UNRES);
			} else if (empty) {
				writer.writeEmptyElement(AKN, name);
			} else {
				writer.writeStartElement(AKN, name);
			}
		});
		open.push(new Open(mixed || inMixed, empty));
		return this;
	}

	/** An attribute of the element just opened; a null value writes nothing. */
	XmlOut attr(String name, String value) {
		if (value != null) {
			call(() -> writer.writeAttribute(name, XmlText.clean(value)));
		}
		return this;
	}

	XmlOut text(String text) {
		if (text != null && !text.isEmpty()) {
			call(() -> writer.writeCharacters(XmlText.clean(text)));
		}
		return this;
	}

	/** Closes the innermost open element. */
	XmlOut end() {
		Open closing = open.pop();
		if (closing.empty) {
			return this;
		}
		if (closing.hasStructure && !closing.mixed) {
			newLine();
		}
		call(writer::writeEndElement);
		return this;
	}

	/** An element holding only text: {@code <num>7.</num>}. */
	XmlOut textElement(String name, String text) {
		return mixed(name).text(text).end();
	}

	String finish() {
		if (!open.isEmpty()) {
			throw new IllegalStateException(open.size() + " elements left open");
		}
		call(() -> {
			writer.writeEndDocument();
			writer.writeCharacters("\n");
			writer.flush();
			writer.close();
		});
		return buffer.toString();
	}

	private boolean inMixedContent() {
		return !open.isEmpty() && open.peek().mixed;
	}

	private void newLine() {
		call(() -> writer.writeCharacters("\n" + INDENT.repeat(open.size())));
	}

	private interface XmlAction {
		void run() throws XMLStreamException;
	}

	private void call(XmlAction action) {
		try {
			action.run();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("Cannot write XML: " + e.getMessage(), e);
		}
	}
}
