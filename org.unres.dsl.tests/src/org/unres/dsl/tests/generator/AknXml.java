package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.unres.dsl.tests.Workspaces;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Generated Akoma Ntoso checked as a consumer reads it: validated against the official OASIS
 * schema in the shared folder, parsed, and queried with XPath (prefix {@code a} for the AKN
 * namespace, {@code u} for UNRES's own).
 */
final class AknXml {

	static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
	static final String UNRES = "http://www.unres.org/akn/1.0";

	private static Schema schema;

	private final Document dom;
	private final XPath xpath;

	private AknXml(Document dom) {
		this.dom = dom;
		this.xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new Namespaces());
	}

	/** Validates the XML against akomantoso30.xsd, failing with the line and message; then parses it. */
	static AknXml valid(String xml, String name) {
		try {
			schema().newValidator().validate(new StreamSource(new StringReader(xml)));
		} catch (SAXParseException e) {
			String[] lines = xml.split("\n", -1);
			String line = e.getLineNumber() > 0 && e.getLineNumber() <= lines.length ? lines[e.getLineNumber() - 1].strip() : "";
			fail(name + " is not valid Akoma Ntoso at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
					+ e.getMessage() + "\n  " + line);
		} catch (SAXException | IOException e) {
			throw new AssertionError(name + ": " + e, e);
		}
		return parse(xml);
	}

	static AknXml parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return new AknXml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new AssertionError("not well-formed XML: " + e, e);
		}
	}

	private static synchronized Schema schema() throws SAXException {
		if (schema == null) {
			var file = Workspaces.sharedFolder().resolve("akn").resolve("akomantoso30.xsd");
			assertTrue(file.toFile().isFile(), "no schema at " + file);
			schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(file.toFile());
		}
		return schema;
	}

	/** The string value of the first node the expression selects ("" when none). */
	String string(String expression) {
		try {
			return (String) xpath.evaluate(expression, dom, XPathConstants.STRING);
		} catch (XPathExpressionException e) {
			throw new AssertionError(expression, e);
		}
	}

	int count(String expression) {
		return nodes(expression).getLength();
	}

	/** The string values of all nodes the expression selects, in document order. */
	List<String> strings(String expression) {
		NodeList nodes = nodes(expression);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

	private NodeList nodes(String expression) {
		try {
			return (NodeList) xpath.evaluate(expression, dom, XPathConstants.NODESET);
		} catch (XPathExpressionException e) {
			throw new AssertionError(expression, e);
		}
	}

	/** Every {@code href="#…"} (ref, noteRef) names an eId of the document, and local annex refs an attachment. */
	void assertLocalReferencesResolve(String name) {
		Set<String> eIds = new HashSet<>(strings("//@eId"));
		for (String href : strings("//@href[starts-with(., '#')]")) {
			assertTrue(eIds.contains(href.substring(1)), name + ": " + href + " names no eId of the document");
		}
		for (String refersTo : strings("//@refersTo")) {
			for (String target : refersTo.split("\\s+")) {
				assertTrue(target.startsWith("#") && eIds.contains(target.substring(1)),
						name + ": refersTo " + target + " names no TLC entry");
			}
		}
		for (String href : strings("//a:ref/@href[starts-with(., '!')]")) {
			assertTrue(eIds.contains(href.substring(1)), name + ": " + href + " names no attachment");
		}
	}

	private static final class Namespaces implements NamespaceContext {
		@Override
		public String getNamespaceURI(String prefix) {
			return switch (prefix) {
			case "a" -> AKN;
			case "u" -> UNRES;
			default -> XMLConstants.NULL_NS_URI;
			};
		}

		@Override
		public String getPrefix(String namespaceURI) {
			return null;
		}

		@Override
		public Iterator<String> getPrefixes(String namespaceURI) {
			return List.<String>of().iterator();
		}
	}
}
