package org.unres.dsl.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.unres.dsl.ui.model.DocumentModel;
import org.unres.dsl.ui.model.LanguageServices;
import org.unres.dsl.ui.model.ParsedText;

/**
 * The outline of a document: the document symbols of the language's
 * HierarchicalDocumentSymbolService, refreshed whenever the reconciler has checked the text.
 * Selecting a symbol selects its text in the editor.
 */
public class UnresOutlinePage extends ContentOutlinePage {

	private static final ILog LOG = ILog.of(UnresOutlinePage.class);

	private final ITextEditor editor;
	private final DocumentModel model;
	private final Consumer<ParsedText> refresher = this::refreshLater;

	public UnresOutlinePage(ITextEditor editor, IDocument document) {
		this.editor = editor;
		this.model = DocumentModel.of(document);
	}

	/** The symbols of a parsed text. */
	public static List<DocumentSymbol> symbolsOf(ParsedText parsed) {
		return LanguageServices.get(HierarchicalDocumentSymbolService.class).getSymbols(parsed.resource(),
				CancelIndicator.NullImpl);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " — " + symbol.getDetail();
			}
		});
		viewer.setAutoExpandLevel(2);
		model.addListener(refresher);
		try {
			viewer.setInput(model.read(UnresOutlinePage::symbolsOf));
		} catch (RuntimeException e) {
			LOG.error("Cannot outline the document", e);
		}
	}

	private void refreshLater(ParsedText parsed) {
		List<DocumentSymbol> symbols;
		try {
			symbols = model.read(UnresOutlinePage::symbolsOf);
		} catch (RuntimeException e) {
			LOG.error("Cannot outline the document", e);
			return;
		}
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				Object[] expanded = getTreeViewer().getExpandedElements();
				getTreeViewer().setInput(symbols);
				if (expanded.length == 0) {
					getTreeViewer().expandToLevel(2);
				}
			}
		});
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				Locations.select(editor, document, Locations.offsetOf(document, symbol.getSelectionRange().getStart()),
						Locations.offsetOf(document, symbol.getSelectionRange().getEnd()));
			} catch (BadLocationException e) {
				// the outline is one edit behind; the next refresh fixes it
			}
		}
	}

	@Override
	public void dispose() {
		model.removeListener(refresher);
		super.dispose();
	}

	/** Symbols with their children. */
	private static final class SymbolContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
