package journey.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Control;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;

/**
 * Merges semantic colours into a viewer's presentation. The ranges come from the ide bundle's
 * semantic highlighting calculator; declarations and references are read off the node model
 * (a name assignment, a cross-reference), which holds for any Xtext grammar.
 */
public class SemanticHighlighting implements ITextPresentationListener {

	/** One coloured range. */
	public record Highlight(int offset, int length, String style) {
	}

	private static final Map<IDocument, List<Highlight>> HIGHLIGHTS = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Map<ITextViewer, SemanticHighlighting> VIEWERS = Collections.synchronizedMap(new WeakHashMap<>());

	private final ITextViewer viewer;

	SemanticHighlighting(ITextViewer viewer) {
		this.viewer = viewer;
		VIEWERS.put(viewer, this);
	}

	void dispose() {
		VIEWERS.remove(viewer);
	}

	public static List<Highlight> highlightsOf(IDocument document) {
		return HIGHLIGHTS.getOrDefault(document, List.of());
	}

	/** Computes the semantic ranges of a parsed document. */
	public static List<Highlight> compute(XtextResource resource, CancelIndicator cancel) {
		List<Highlight> result = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return result;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			EObject element = node.getGrammarElement();
			if (element instanceof CrossReference) {
				result.add(new Highlight(node.getOffset(), node.getLength(), JourneyStyles.REFERENCE));
			} else if (element instanceof RuleCall call && call.eContainer() instanceof Assignment assignment
					&& "name".equals(assignment.getFeature()) && !(call.eContainer().eContainer() instanceof CrossReference)) {
				result.add(new Highlight(node.getOffset(), node.getLength(), JourneyStyles.DECLARATION));
			}
		}
		ISemanticHighlightingCalculator calculator = JourneyUi.injector().getInstance(ISemanticHighlightingCalculator.class);
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			if (ids.length > 0) {
				result.add(new Highlight(offset, length, ids[ids.length - 1]));
			}
		}, cancel);
		return result;
	}

	/** Stores new ranges for a document and repaints the viewers that show it. */
	public static void update(IDocument document, List<Highlight> highlights) {
		HIGHLIGHTS.put(document, List.copyOf(highlights));
		List<SemanticHighlighting> targets;
		synchronized (VIEWERS) {
			targets = VIEWERS.values().stream().filter(s -> s.viewer.getDocument() == document).toList();
		}
		for (SemanticHighlighting target : targets) {
			Control control = target.viewer.getTextWidget();
			if (control != null && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						target.viewer.invalidateTextPresentation();
					}
				});
			}
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = Math.min(extent.getOffset() + extent.getLength(), document.getLength());
		for (Highlight highlight : highlightsOf(document)) {
			int start = Math.max(highlight.offset(), from);
			int end = Math.min(highlight.offset() + highlight.length(), to);
			TextAttribute attribute = JourneyStyles.attribute(highlight.style());
			if (start < end && attribute != null) {
				presentation.mergeStyleRange(new StyleRange(start, end - start, attribute.getForeground(), null, attribute.getStyle()));
			}
		}
	}
}
