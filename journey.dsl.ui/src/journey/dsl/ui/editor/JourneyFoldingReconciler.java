package journey.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/** Folding regions from the ide bundle's folding range provider, widened to whole lines. */
public class JourneyFoldingReconciler extends MonoReconciler {

	public JourneyFoldingReconciler() {
		super(new Strategy(), false);
		setDelay(500);
	}

	@Override
	public void install(ITextViewer textViewer) {
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = textViewer;
		super.install(textViewer);
	}

	/** Replaces the projection annotations after each parse. */
	static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private ITextViewer viewer;
		private IDocument document;
		private final List<Annotation> current = new ArrayList<>();

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		private void reconcile() {
			IDocument doc = document;
			if (doc == null || !(viewer instanceof ProjectionViewer projectionViewer)) {
				return;
			}
			try {
				ParsedDocument parsed = ParsedDocument.of(doc);
				SortedSet<FoldingRange> ranges;
				synchronized (parsed) {
					ranges = JourneyUi.injector().getInstance(IFoldingRangeProvider.class)
							.getFoldingRanges(parsed.resource(), CancelIndicator.NullImpl);
				}
				Map<Annotation, Position> added = new HashMap<>();
				for (FoldingRange range : ranges) {
					int firstLine = doc.getLineOfOffset(range.getOffset());
					int lastLine = doc.getLineOfOffset(Math.min(range.getOffset() + range.getLength(), doc.getLength()));
					if (lastLine > firstLine) {
						int start = doc.getLineOffset(firstLine);
						IRegion last = doc.getLineInformation(lastLine);
						String delimiter = doc.getLineDelimiter(lastLine);
						int end = Math.min(last.getOffset() + last.getLength() + (delimiter == null ? 0 : delimiter.length()), doc.getLength());
						added.put(new ProjectionAnnotation(), new Position(start, end - start));
					}
				}
				Display.getDefault().asyncExec(() -> apply(projectionViewer, added));
			} catch (BadLocationException | RuntimeException e) {
				// A stale range after a concurrent edit: the next reconcile gets it right.
			}
		}

		private void apply(ProjectionViewer projectionViewer, Map<Annotation, Position> added) {
			if (projectionViewer.getTextWidget() == null || projectionViewer.getTextWidget().isDisposed()) {
				return;
			}
			if (!projectionViewer.isProjectionMode()) {
				projectionViewer.doOperation(ProjectionViewer.TOGGLE);
			}
			ProjectionAnnotationModel model = projectionViewer.getProjectionAnnotationModel();
			if (model == null) {
				return;
			}
			model.modifyAnnotations(current.toArray(Annotation[]::new), added, null);
			current.clear();
			current.addAll(added.keySet());
		}
	}
}
