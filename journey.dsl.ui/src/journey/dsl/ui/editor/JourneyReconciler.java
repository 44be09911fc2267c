package journey.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * Parses and validates the document shortly after each change, shows the diagnostics as
 * annotations (squiggles and overview ruler) and refreshes the semantic colours.
 */
public class JourneyReconciler extends WholeDocumentReconciler {

	private final List<Annotation> shown = new ArrayList<>();

	public JourneyReconciler() {
		super(300);
	}

	private record Reconciled(long stamp, List<Issue> issues, List<SemanticHighlighting.Highlight> highlights) {
	}

	/** Diagnostics of one parse, and the semantic colours. */
	@Override
	protected void reconcile(ITextViewer viewer, IDocument current, IProgressMonitor monitor) {
		CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
		try {
			Reconciled done = ParsedDocument.read(current, parsed -> {
				XtextResource resource = parsed.resource();
				List<Issue> issues = resource.getResourceServiceProvider().get(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
				return new Reconciled(parsed.stamp(), issues, SemanticHighlighting.compute(resource, cancel));
			});
			if (cancel.isCanceled()) {
				return;
			}
			showAnnotations(viewer, current, done.issues());
			SemanticHighlighting.update(current, done.stamp(), done.highlights());
		} catch (OperationCanceledError | OperationCanceledException e) {
			// The text changed while validating: the reconcile of the newer text follows. Letting
			// the error through would end the reconciler's thread, and with it all reconciling.
		} catch (RuntimeException e) {
			JourneyUi.log("Reconciling a journey document failed", e);
		}
	}

	private void showAnnotations(ITextViewer viewer, IDocument current, List<Issue> issues) {
		if (!(viewer instanceof ISourceViewer sourceViewer)) {
			return;
		}
		IAnnotationModel model = sourceViewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null) {
				continue;
			}
			int offset = Math.min(issue.getOffset(), current.getLength());
			int length = Math.max(0, Math.min(issue.getLength() == null ? 0 : issue.getLength(), current.getLength() - offset));
			added.put(new IssueAnnotation(issue), new Position(offset, length));
		}
		synchronized (shown) {
			if (model instanceof IAnnotationModelExtension ext) {
				ext.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			} else {
				shown.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
			shown.clear();
			shown.addAll(added.keySet());
		}
	}
}
