package org.unres.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unres.dsl.generator.akn.AknGenerator;
import org.unres.dsl.tests.DocumentTester;
import org.unres.dsl.tests.UnresInjectorProvider;

import com.google.inject.Inject;

/**
 * Markup characters in every kind of text come out as text: the parsed output reads exactly as
 * the input, and no element of the input's markup appears in the XML.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(UnresInjectorProvider.class)
class AknEscapingTest {

	private static final String TITLE = "Title <script>alert('t & \"u\"')</script>";
	private static final String PREAMBLE = "the <script>alert(\"pre & amble\")</script> & 'more' -> done,";
	private static final String PROSE = "the <script>alert(\"p & q\")</script> 'x' to act;";
	private static final String QUOTED = "<script>alert(\"q & r\")</script>";
	private static final String NOTE = "A note with <script>alert(\"n & m\")</script> & <b>bold</b>.";
	private static final String CITATION = "E/CN.15/2011/15 <script>alert(\"c & d\")</script>";
	private static final String CELL = "<script>alert(\"t & c\")</script>";
	private static final String OTHER_CELL = "'a' & \"b\" <td>";
	private static final String CAPTION = "<script>cap & \"x\"</script>";
	private static final String HEADING = "<script>h & \"x\"</script>";
	private static final String ANNEX_TITLE = "Annex <script>& \"title\"</script>";
	private static final String SUBJECT = "<script>s & 'x'</script>";

	private static final String TEXT = "Resolution 20/99\n@body CCPCJ session 20\n@adopted 15 April 2011\n\n# " + TITLE
			+ "\n\nThe Commission on Crime Prevention and Criminal Justice,\n\n*Recalling* " + PREAMBLE
			+ "\n\n1. *Requests* " + PROSE
			+ "\n\n## " + HEADING
			+ "\n\n2. *Notes* the report entitled “" + QUOTED + "” and [" + CITATION + "];[^1]\n|+ " + CAPTION
			+ "\n| " + CELL + " | " + OTHER_CELL + " |"
			+ "\n\n3. *Requests* the Secretary-General to report to the Commission at its twenty-first session.\n@report by SG to CCPCJ session 21 on \""
			+ SUBJECT.replace("\"", "\\\"") + "\"\n\n[^1]: " + NOTE + "\n\n@annex\n# " + ANNEX_TITLE + "\n\n1. The measure.\n";

	@Inject
	private DocumentTester tester;

	@Inject
	private AknGenerator generator;

	@Test
	void everyKindOfTextReadsBackAsWritten() {
		String output = generator.generate(tester.parse(TEXT));
		AknXml xml = AknXml.valid(output, "escaping.unres");
		assertEquals(TITLE, xml.string("/a:akomaNtoso/a:statement/a:preface//a:docTitle"));
		assertEquals("Recalling " + PREAMBLE, xml.string("//a:preamble/a:container/a:p"));
		assertEquals("Requests " + PROSE, xml.string("//a:paragraph[a:num='1.']/a:content/a:p"));
		assertEquals(HEADING, xml.string("//a:section/a:heading"));
		assertEquals("“" + QUOTED + "”", xml.string("//a:embeddedText"));
		assertEquals(CITATION, xml.string("//a:ref[starts-with(@href, '/akn/un/doc/')]"));
		assertEquals(NOTE, xml.string("//a:authorialNote/a:p"));
		assertEquals(CAPTION, xml.string("//a:table/a:caption"));
		assertEquals(CELL, xml.string("//a:table/a:tr/a:td[1]"));
		assertEquals(OTHER_CELL, xml.string("//a:table/a:tr/a:td[2]"));
		assertEquals(ANNEX_TITLE, xml.string("//a:attachment//a:docTitle"));
		assertEquals(SUBJECT, xml.string("//a:proprietary//@subject"));
	}

	@Test
	void noMarkupOfTheInputLeaksIntoTheXml() {
		String output = generator.generate(tester.parse(TEXT));
		AknXml xml = AknXml.valid(output, "escaping.unres");
		assertEquals(0, xml.count("//*[local-name() = 'script' or local-name() = 'b' or local-name() = 'td' and not(parent::*[local-name() = 'tr'])]"));
		assertFalse(output.contains("<script"), "raw <script> in the output");
		assertFalse(output.contains("<b>"), "raw <b> in the output");
		assertTrue(output.contains("&lt;script>") || output.contains("&lt;script&gt;"), "escaped markup in the output");
		assertEquals(0, xml.count("//a:td[. = '' ]"), "no cell lost its text");
	}

	@Test
	void charactersXmlCannotHoldAreReplaced() {
		String text = TEXT.replace("'more'", "'more\u0001\u0008'");
		String output = generator.generate(tester.parse(text));
		AknXml xml = AknXml.valid(output, "control.unres");
		assertEquals("Recalling " + PREAMBLE.replace("'more'", "'more\uFFFD\uFFFD'"), xml.string("//a:preamble/a:container/a:p"));
	}
}
