package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.editor.JourneyBracketMatcher;
import journey.dsl.ui.editor.JourneyStyles;
import journey.dsl.ui.editor.SemanticHighlighting;
import journey.dsl.ui.editor.ToggleCommentHandler;
import journey.dsl.ui.outline.JourneyOutlinePage;

/** The journey editor: examples open without problems, highlighted, with an outline. */
public class EditorTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void everyExampleOpensInTheGenericEditorWithoutErrorMarkers() throws Exception {
		for (String folder : List.of("travel", "webshop", "b2b", "crm")) {
			IProject project = exampleProject(folder);
			List<IFile> files = JourneyResources.journeyFiles(project);
			assertTrue(!files.isEmpty(), folder + " holds journeys");
			for (IFile file : files) {
				List<IMarker> errors = problems(file, IMarker.SEVERITY_ERROR);
				assertTrue(errors.isEmpty(), "no error markers in " + file.getName() + ":\n" + describe(errors));
				ITextEditor editor = open(file);
				waitFor("the editor of " + file.getName() + " to reconcile",
						() -> !SemanticHighlighting.highlightsOf(document(editor)).isEmpty());
				assertTrue(typingErrors(editor).isEmpty(), "no errors while editing " + file.getName());
			}
			screenshot("open-example-" + folder);
			closeAllEditors();
		}
	}

	@Test
	void aJourneyIsHighlightedByTokenAndByMeaningAndOutlined() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		String text = document(editor).get();
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);

		waitFor("keywords in bold", () -> hasStyle(editor, text.indexOf("journey BookRoundTrip"), SWT.BOLD));
		waitFor("the journey's name shown as a declaration",
				() -> colourAt(editor, text.indexOf("BookRoundTrip")).equals(JourneyStyles.attribute(JourneyStyles.DECLARATION).getForeground().getRGB().toString()));
		waitFor("a channel reference shown as a reference",
				() -> colourAt(editor, text.indexOf("Website")).equals(JourneyStyles.attribute(JourneyStyles.REFERENCE).getForeground().getRGB().toString()));
		assertEquals(JourneyStyles.attribute("string").getForeground().getRGB().toString(), colourAt(editor, text.indexOf("\"Book a round trip") + 2));
		assertEquals(JourneyStyles.attribute("comment").getForeground().getRGB().toString(), colourAt(editor, 3));

		ContentOutline outline = (ContentOutline) page().findView(IPageLayout.ID_OUTLINE);
		assertNotNull(outline);
		waitFor("the outline to show the journey", () -> outline.getCurrentPage() instanceof JourneyOutlinePage page
				&& labels(((Tree) page.getControl()).getItems()).stream().anyMatch(l -> l.startsWith("BookRoundTrip")));
		List<String> labels = labels(((Tree) ((JourneyOutlinePage) outline.getCurrentPage()).getControl()).getItems());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Orientation")), "stages are in the outline: " + labels);
		screenshot("highlighted-journey-with-outline");
	}

	@Test
	void stagesAndStepsFoldAndBracesMatch() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		ProjectionViewer viewer = (ProjectionViewer) viewer(editor);
		waitFor("folding regions from the ide folding provider", () -> viewer.getProjectionAnnotationModel() != null
				&& viewer.getProjectionAnnotationModel().getAnnotationIterator().hasNext());
		String text = document(editor).get();
		int open = text.indexOf('{', text.indexOf("stage Orientation"));
		IRegion match = new JourneyBracketMatcher().match(document(editor), open + 1);
		assertNotNull(match, "the brace after stage Orientation has a partner");
		assertEquals('}', text.charAt(match.getOffset() + match.getLength() - 1));
	}

	@Test
	void toggleCommentCommentsLinesOutAndBackIn() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		IDocument document = document(editor);
		String before = document.get();
		int line = document.getLineOfOffset(before.indexOf("persona Explorer"));
		ToggleCommentHandler.toggle(document, line, line + 1);
		String commented = document.get(document.getLineOffset(line), document.getLineLength(line));
		assertTrue(commented.startsWith("//") && commented.contains("persona Explorer"), commented);
		ToggleCommentHandler.toggle(document, line, line + 1);
		assertEquals(before, document.get());
		editor.doRevertToSaved();
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> result = new ArrayList<>();
		for (TreeItem item : items) {
			result.add(item.getText());
			result.addAll(labels(item.getItems()));
		}
		return result;
	}

	static StyleRange styleAt(ITextEditor editor, int modelOffset) {
		ISourceViewer viewer = viewer(editor);
		int offset = viewer instanceof ITextViewerExtension5 ext ? ext.modelOffset2WidgetOffset(modelOffset) : modelOffset;
		return offset < 0 ? null : viewer.getTextWidget().getStyleRangeAtOffset(offset);
	}

	static boolean hasStyle(ITextEditor editor, int modelOffset, int fontStyle) {
		StyleRange range = styleAt(editor, modelOffset);
		return range != null && (range.fontStyle & fontStyle) != 0;
	}

	static String colourAt(ITextEditor editor, int modelOffset) {
		StyleRange range = styleAt(editor, modelOffset);
		return range == null || range.foreground == null ? "none" : range.foreground.getRGB().toString();
	}
}
