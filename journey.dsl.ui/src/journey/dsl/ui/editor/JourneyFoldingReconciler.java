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
public class JourneyFoldingReconciler extends WholeDocumentReconciler {

	private final List<Annotation> current = new ArrayList<>();

	public JourneyFoldingReconciler() {
		super(500);
	}

	/** Replaces the projection annotations after each parse. */
	@Override
	protected void reconcile(ITextViewer viewer, IDocument doc, IProgressMonitor monitor) {
		if (!(viewer instanceof ProjectionViewer projectionViewer)) {
			return;
		}
		try {
			SortedSet<FoldingRange> ranges = ParsedDocument.read(doc, parsed -> JourneyUi.injector().getInstance(IFoldingRangeProvider.class)
					.getFoldingRanges(parsed.resource(), CancelIndicator.NullImpl));
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
