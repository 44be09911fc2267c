package journey.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;

/**
 * Merges semantic colours into a viewer's presentation. The ranges come from the ide bundle's
 * semantic highlighting calculator, which tells declarations from references.
 */
public class SemanticHighlighting implements ITextPresentationListener {

	/** One coloured range. */
	public record Highlight(int offset, int length, String style) {
	}

	/** Semantic ranges live as positions of the document, so that edits move them until the next reconcile. */
	private static final String CATEGORY = "journey.semanticHighlighting";

	/** A semantic range kept in the document. */
	private static final class StyledPosition extends Position {
		final String style;

		StyledPosition(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}
	}

	private static final Map<ITextViewer, SemanticHighlighting> VIEWERS = Collections.synchronizedMap(new WeakHashMap<>());

	private final ITextViewer viewer;

	SemanticHighlighting(ITextViewer viewer) {
		this.viewer = viewer;
		VIEWERS.put(viewer, this);
	}

	void dispose() {
		VIEWERS.remove(viewer);
	}

	/** The semantic ranges that the document currently shows. */
	public static List<Highlight> highlightsOf(IDocument document) {
		List<Highlight> result = new ArrayList<>();
		for (Position position : positions(document)) {
			if (!position.isDeleted()) {
				result.add(new Highlight(position.getOffset(), position.getLength(), ((StyledPosition) position).style));
			}
		}
		return result;
	}

	private static Position[] positions(IDocument document) {
		try {
			return document.containsPositionCategory(CATEGORY) ? document.getPositions(CATEGORY) : new Position[0];
		} catch (BadPositionCategoryException e) {
			return new Position[0];
		}
	}

	/** Computes the semantic ranges of a parsed document. */
	public static List<Highlight> compute(XtextResource resource, CancelIndicator cancel) {
		List<Highlight> result = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return result;
		}
		ISemanticHighlightingCalculator calculator = JourneyUi.injector().getInstance(ISemanticHighlightingCalculator.class);
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			if (ids.length > 0) {
				result.add(new Highlight(offset, length, JourneyStyles.styleOf(ids)));
			}
		}, cancel);
		return result;
	}

	/**
	 * Stores the ranges computed for the text with the given stamp and repaints the viewers that show
	 * the document. Runs in the UI thread, where the document changes; ranges of an outdated text
	 * are dropped, since the reconcile of the newer text follows.
	 */
	public static void update(IDocument document, long stamp, List<Highlight> highlights) {
		Display.getDefault().asyncExec(() -> {
			if (document instanceof IDocumentExtension4 ext && ext.getModificationStamp() != stamp) {
				return;
			}
			try {
				if (!document.containsPositionCategory(CATEGORY)) {
					document.addPositionCategory(CATEGORY);
					document.addPositionUpdater(new DefaultPositionUpdater(CATEGORY));
				}
				for (Position old : document.getPositions(CATEGORY)) {
					document.removePosition(CATEGORY, old);
				}
				for (Highlight highlight : highlights) {
					if (highlight.offset() >= 0 && highlight.offset() + highlight.length() <= document.getLength()) {
						document.addPosition(CATEGORY, new StyledPosition(highlight.offset(), highlight.length(), highlight.style()));
					}
				}
			} catch (BadPositionCategoryException | BadLocationException e) {
				JourneyUi.log("Storing semantic highlighting failed", e);
				return;
			}
			List<SemanticHighlighting> targets;
			synchronized (VIEWERS) {
				targets = VIEWERS.values().stream().filter(s -> s.viewer.getDocument() == document).toList();
			}
			for (SemanticHighlighting target : targets) {
				Control control = target.viewer.getTextWidget();
				if (control != null && !control.isDisposed()) {
					target.viewer.invalidateTextPresentation();
				}
			}
		});
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
