package journey.dsl.ui.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * The Outline view of a journey editor: the ide bundle's document symbols as a tree; selecting a
 * symbol selects it in the editor. The tree follows the text shortly after each change.
 */
public class JourneyOutlinePage extends ContentOutlinePage {

	private static final int REFRESH_DELAY = 500;

	private final ITextEditor editor;
	private final IDocumentListener listener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRefresh();
		}
	};
	private IDocument document;
	/** The ide symbols carry qualified names; inside the tree, the parent's part is left out. */
	private final Map<DocumentSymbol, String> labels = new IdentityHashMap<>();
	private boolean refreshPending;

	public JourneyOutlinePage(ITextEditor editor) {
		this.editor = editor;
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
				String name = labels.getOrDefault(symbol, symbol.getName());
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? name : name + " : " + symbol.getDetail();
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol && document != null) {
				ParsedDocument parsed = ParsedDocument.of(document);
				int start = parsed.offset(symbol.getSelectionRange().getStart());
				int end = parsed.offset(symbol.getSelectionRange().getEnd());
				editor.selectAndReveal(start, end - start);
			}
		});
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			document.addDocumentListener(listener);
		}
		refresh();
	}

	private void scheduleRefresh() {
		Control control = getControl();
		if (refreshPending || control == null || control.isDisposed()) {
			return;
		}
		refreshPending = true;
		control.getDisplay().timerExec(REFRESH_DELAY, () -> {
			refreshPending = false;
			refresh();
		});
	}

	/** Reads the symbols of the current text into the tree. */
	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || document == null) {
			return;
		}
		List<DocumentSymbol> symbols;
		try {
			symbols = ParsedDocument.read(document, parsed -> JourneyUi.injector().getInstance(HierarchicalDocumentSymbolService.class)
					.getSymbols(parsed.resource(), CancelIndicator.NullImpl));
		} catch (RuntimeException e) {
			JourneyUi.log("Computing the outline failed", e);
			return;
		}
		labels.clear();
		label(symbols, null);
		viewer.setInput(symbols);
		viewer.expandToLevel(3);
	}

	private void label(List<DocumentSymbol> symbols, String parent) {
		for (DocumentSymbol symbol : symbols) {
			String name = symbol.getName();
			if (parent != null && name.startsWith(parent + ".")) {
				labels.put(symbol, name.substring(parent.length() + 1));
			}
			if (symbol.getChildren() != null) {
				label(symbol.getChildren(), name);
			}
		}
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeDocumentListener(listener);
		}
		super.dispose();
	}

	/** Children of document symbols. */
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
