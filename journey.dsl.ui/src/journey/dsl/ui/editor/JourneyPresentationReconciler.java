package journey.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.presentation.PresentationReconciler;

/**
 * The generic editor's presentation reconciler for journeys: lexical colours from the grammar's
 * lexer, with the semantic colours of the last reconcile merged on top.
 */
public class JourneyPresentationReconciler extends PresentationReconciler {

	private SemanticHighlighting semantic;

	public JourneyPresentationReconciler() {
		JourneyHighlighter highlighter = new JourneyHighlighter();
		setDamager(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		if (viewer instanceof ITextViewerExtension4 ext) {
			semantic = new SemanticHighlighting(viewer);
			ext.addTextPresentationListener(semantic);
		}
	}

	@Override
	public void uninstall() {
		if (semantic != null) {
			semantic.dispose();
			semantic = null;
		}
		super.uninstall();
	}
}
