package journey.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;
import journey.dsl.ui.editor.IssueAnnotation;

/**
 * Quick assists (Ctrl+1) in the editor: the ide bundle's fixes for the diagnostics under the
 * cursor, whether they were found while typing or by the builder.
 */
public class JourneyQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation || annotation instanceof MarkerAnnotation;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		IDocument document = context.getSourceViewer().getDocument();
		if (model == null || document == null) {
			return new ICompletionProposal[0];
		}
		return proposals(document, model, context.getOffset()).toArray(ICompletionProposal[]::new);
	}

	/** The fixes for every diagnostic annotation that covers the offset. */
	public static List<ICompletionProposal> proposals(IDocument document, IAnnotationModel model, int offset) {
		List<ICompletionProposal> result = new ArrayList<>();
		ParsedDocument.use(document, parsed -> {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (position == null || offset < position.getOffset() || offset > position.getOffset() + position.getLength()) {
					continue;
				}
				Diagnostic diagnostic = null;
				if (annotation instanceof IssueAnnotation issueAnnotation) {
					Issue issue = issueAnnotation.issue();
					diagnostic = JourneyQuickFixes.diagnostic(parsed, issue.getCode(), issue.getData(), issue.getMessage(), position.getOffset(),
							position.getLength(), issue.getSeverity() == Severity.ERROR);
				} else if (annotation instanceof MarkerAnnotation markerAnnotation && markerAnnotation.getMarker().exists()) {
					IMarker marker = markerAnnotation.getMarker();
					if (marker.getAttribute(journey.dsl.ui.builder.JourneyMarkers.CODE, null) == null) {
						continue;
					}
					diagnostic = JourneyMarkerResolutionGenerator.diagnostic(parsed, marker, position.getOffset(), position.getLength());
				}
				if (diagnostic == null) {
					continue;
				}
				for (CodeAction fix : JourneyQuickFixes.fixes(parsed, diagnostic)) {
					if (result.stream().noneMatch(p -> p.getDisplayString().equals(fix.getTitle()))) {
						result.add(new FixProposal(fix, parsed, document));
					}
				}
			}
		});
		return result;
	}

	/** One fix offered in the quick assist popup. */
	static final class FixProposal implements ICompletionProposal {
		private final CodeAction fix;
		private final ParsedDocument parsed;
		private final IDocument document;

		FixProposal(CodeAction fix, ParsedDocument parsed, IDocument document) {
			this.fix = fix;
			this.parsed = parsed;
			this.document = document;
		}

		@Override
		public void apply(IDocument target) {
			try {
				JourneyQuickFixes.apply(fix, parsed, document);
			} catch (BadLocationException e) {
				JourneyUi.log("Applying the quick fix '" + fix.getTitle() + "' failed", e);
			}
		}

		@Override
		public Point getSelection(IDocument target) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.getTitle();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
