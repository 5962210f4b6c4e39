package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A generated page read back as XML. The generator writes polyglot markup (HTML5 that is also
 * well-formed XML: every element closed, void elements self-closed, attributes quoted, only the
 * five XML character references), so a strict XML parser is the check: a page that does not parse
 * fails here, and what parses can be queried by XPath without a tolerant HTML parser's guesses.
 */
final class PageDom {

	private final Document dom;
	private final XPath xpath = XPathFactory.newInstance().newXPath();

	private PageDom(Document dom) {
		this.dom = dom;
	}

	static PageDom parse(String html) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return new PageDom(builder.parse(new InputSource(new StringReader(html))));
		} catch (Exception e) {
			throw new AssertionError("the page is not well-formed: " + e.getMessage() + "\n" + html, e);
		}
	}

	List<Element> all(String expression) {
		try {
			NodeList nodes = (NodeList) xpath.evaluate(expression, dom, XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				if (nodes.item(i) instanceof Element element) {
					elements.add(element);
				}
			}
			return elements;
		} catch (XPathExpressionException e) {
			throw new IllegalArgumentException(expression, e);
		}
	}

	/** The one element the expression selects. */
	Element one(String expression) {
		List<Element> found = all(expression);
		assertEquals(1, found.size(), "exactly one " + expression);
		return found.get(0);
	}

	/** The text of the one element selected, white space as in the page. */
	String text(String expression) {
		return one(expression).getTextContent();
	}

	List<String> texts(String expression) {
		return all(expression).stream().map(Node::getTextContent).toList();
	}

	int count(String expression) {
		return all(expression).size();
	}

	Set<String> ids() {
		Set<String> ids = new HashSet<>();
		for (Element element : all("//*[@id]")) {
			assertTrue(ids.add(element.getAttribute("id")), "id " + element.getAttribute("id") + " is unique");
		}
		return ids;
	}

	/** Every in-page link ("#para-5") has its target, and every id is unique. */
	void assertInPageLinksResolve() {
		Set<String> ids = ids();
		for (Element link : all("//a[starts-with(@href, '#')]")) {
			String target = link.getAttribute("href").substring(1);
			assertTrue(ids.contains(target), "link to #" + target + " has a target");
		}
	}
}
