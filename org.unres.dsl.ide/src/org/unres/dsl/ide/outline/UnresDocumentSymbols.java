package org.unres.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The outline an editor shows: the document, its preamble, paragraphs nested as the reader
 * nests them, headings, footnotes and annexes (see {@link SectionTree}). Clients without
 * hierarchical symbols get the same entries flattened by Xtext's DocumentSymbolService.
 */
@Singleton
public class UnresDocumentSymbols extends HierarchicalDocumentSymbolService {

	@Inject
	private SectionTree sections;

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
		List<DocumentSymbol> symbols = new ArrayList<>();
		for (Section section : sections.of(resource, cancelIndicator)) {
			symbols.add(toSymbol(resource, section));
		}
		return symbols;
	}

	private DocumentSymbol toSymbol(XtextResource resource, Section section) {
		DocumentSymbol symbol = new DocumentSymbol();
		symbol.setName(section.name().isBlank() ? section.kind().name().toLowerCase() : section.name());
		symbol.setDetail(section.detail());
		symbol.setKind(kindOf(section.kind()));
		symbol.setRange(documentExtensions.newRange(resource, section.region()));
		symbol.setSelectionRange(documentExtensions.newRange(resource, section.selection()));
		List<DocumentSymbol> children = new ArrayList<>();
		for (Section child : section.children()) {
			children.add(toSymbol(resource, child));
		}
		symbol.setChildren(children);
		return symbol;
	}

	static SymbolKind kindOf(Section.Kind kind) {
		return switch (kind) {
		case DOCUMENT -> SymbolKind.File;
		case METADATA -> SymbolKind.Property;
		case PREAMBLE, FOOTNOTES -> SymbolKind.Namespace;
		case PREAMBULAR_PARAGRAPH -> SymbolKind.Field;
		case HEADING -> SymbolKind.Package;
		case PARAGRAPH -> SymbolKind.Method;
		case REPORTING_REQUEST -> SymbolKind.Event;
		case TABLE -> SymbolKind.Struct;
		case ANNEX -> SymbolKind.Module;
		case FOOTNOTE -> SymbolKind.Number;
		case LIBRARY -> SymbolKind.Package;
		case BODY -> SymbolKind.Class;
		case OFFICER -> SymbolKind.Constant;
		case PHRASE -> SymbolKind.String;
		};
	}
}
