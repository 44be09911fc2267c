package journey.dsl.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * A reconciler that works on the whole document shortly after each change, whatever region
 * changed (the document is parsed whole anyway), and knows the viewer it was installed on, which
 * the platform's strategies do not. The diagnostics and the folding reconcilers build on it.
 */
abstract class WholeDocumentReconciler extends MonoReconciler {

	private ITextViewer viewer;

	protected WholeDocumentReconciler(int delay) {
		super(new Strategy(), false);
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).owner = this;
		setDelay(delay);
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		super.install(textViewer);
	}

	/** Works on the document's current text, off the UI thread. */
	protected abstract void reconcile(ITextViewer textViewer, IDocument document, IProgressMonitor monitor);

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private WholeDocumentReconciler owner;
		private IDocument document;
		private IProgressMonitor monitor;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			reconcileNow();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcileNow();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcileNow();
		}

		private void reconcileNow() {
			IDocument current = document;
			if (current != null) {
				owner.reconcile(owner.viewer, current, monitor);
			}
		}
	}
}
