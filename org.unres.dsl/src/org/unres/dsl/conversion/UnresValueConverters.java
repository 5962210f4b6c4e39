package org.unres.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.INTValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/**
 * Turns the line-led tokens into clean values ("12", "(a)", "14", the title's text) and back,
 * and gives prose its words joined by single spaces, as a reader sees them.
 */
public class UnresValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private INTValueConverter intConverter;

	@Inject
	private STRINGValueConverter stringConverter;

	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return intConverter;
	}

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "PARAGRAPH_NUMBER")
	public IValueConverter<String> PARAGRAPH_NUMBER() {
		return new LineLed("", ".");
	}

	@ValueConverter(rule = "LETTER_LABEL")
	public IValueConverter<String> LETTER_LABEL() {
		return new LineLed("", "");
	}

	@ValueConverter(rule = "LETTER_DOT")
	public IValueConverter<String> LETTER_DOT() {
		return new LineLed("", " ");
	}

	@ValueConverter(rule = "FOOTNOTE_DEFINITION")
	public IValueConverter<String> FOOTNOTE_DEFINITION() {
		return new LineLed("[^", "]:");
	}

	@ValueConverter(rule = "TITLE_LINE")
	public IValueConverter<String> TITLE_LINE() {
		return new LineLed("#", "");
	}

	@ValueConverter(rule = "HEADING_LINE")
	public IValueConverter<String> HEADING_LINE() {
		return new LineLed("##", "");
	}

	@ValueConverter(rule = "TABLE_CAPTION")
	public IValueConverter<String> TABLE_CAPTION() {
		return new LineLed("|+", "");
	}

	@ValueConverter(rule = "TABLE_ROW")
	public IValueConverter<String> TABLE_ROW() {
		return new LineLed("|", "");
	}

	@ValueConverter(rule = "EMPHASIS")
	public IValueConverter<String> EMPHASIS() {
		return new Delimited("*", "*");
	}

	@ValueConverter(rule = "Words")
	public IValueConverter<String> Words() {
		return new Spoken();
	}

	@ValueConverter(rule = "BodyWords")
	public IValueConverter<String> BodyWords() {
		return new Spoken();
	}

	@ValueConverter(rule = "Suffix")
	public IValueConverter<String> Suffix() {
		return new Spoken();
	}

	@ValueConverter(rule = "ParagraphPath")
	public IValueConverter<String> ParagraphPath() {
		return new Compact();
	}

	@ValueConverter(rule = "DocumentNumber")
	public IValueConverter<String> DocumentNumber() {
		return new DocumentNumberConverter();
	}

	@ValueConverter(rule = "Designation")
	public IValueConverter<String> Designation() {
		return new Verbatim();
	}

	@ValueConverter(rule = "KindWord")
	public IValueConverter<String> KindWord() {
		return new Verbatim();
	}

	@ValueConverter(rule = "BodyWord")
	public IValueConverter<String> BodyWord() {
		return new Verbatim();
	}

	@ValueConverter(rule = "FootnoteNumber")
	public IValueConverter<String> FootnoteNumber() {
		return new Verbatim();
	}

	@ValueConverter(rule = "WORD")
	public IValueConverter<String> WORD() {
		return new Verbatim();
	}

	@ValueConverter(rule = "SYMBOL")
	public IValueConverter<String> SYMBOL() {
		return new Verbatim();
	}

	@ValueConverter(rule = "RESNO")
	public IValueConverter<String> RESNO() {
		return new Verbatim();
	}

	/** A token that starts a line: the line break and indentation are layout, not value. */
	private static class LineLed extends AbstractNullSafeConverter<String> {
		private final String prefix;
		private final String suffix;

		LineLed(String prefix, String suffix) {
			this.prefix = prefix;
			this.suffix = suffix;
		}

		@Override
		protected String internalToValue(String string, INode node) throws ValueConverterException {
			String text = string.strip();
			if (!text.startsWith(prefix) || !text.endsWith(suffix.strip())) {
				throw new ValueConverterException("Unexpected token '" + text + "'", node, null);
			}
			return text.substring(prefix.length(), text.length() - suffix.strip().length()).strip();
		}

		@Override
		protected String internalToString(String value) {
			String space = prefix.startsWith("#") || prefix.startsWith("|") ? " " : "";
			return "\n" + prefix + space + value + suffix;
		}
	}

	private static class Delimited extends AbstractNullSafeConverter<String> {
		private final String open;
		private final String close;

		Delimited(String open, String close) {
			this.open = open;
			this.close = close;
		}

		@Override
		protected String internalToValue(String string, INode node) {
			return string.substring(open.length(), string.length() - close.length()).strip();
		}

		@Override
		protected String internalToString(String value) {
			return open + value + close;
		}
	}

	/** Prose: the words as written, with any run of spaces and line breaks read as one space. */
	private static class Spoken extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return node == null ? string : NodeModelUtils.getTokenText(node);
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}

	/** Labels written "(c) (i)" name the path "(c)(i)". */
	private static class Compact extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return string.replaceAll("\\s+", "");
		}

		@Override
		protected String internalToString(String value) {
			return value.replace(")(", ") (");
		}
	}

	/** "57/270 B" and "415 (V)" are named without spaces, as documents are. */
	private static class DocumentNumberConverter extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return string.replaceAll("\\s+", "");
		}

		@Override
		protected String internalToString(String value) {
			return value.replaceFirst("^(\\d+/\\d+)([A-Z])$", "$1 $2").replaceFirst("^(\\d+)(\\(.*)$", "$1 $2");
		}
	}

	private static class Verbatim extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return string;
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}
}
