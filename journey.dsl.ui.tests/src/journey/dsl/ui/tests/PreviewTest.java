package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.preview.JourneyMapPreviewView;

/** The Journey Map preview follows the journey under the cursor and draws it as `journey render` does. */
public class PreviewTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() throws Exception {
		closeAllEditors();
		var view = page().findView(JourneyMapPreviewView.ID);
		if (view != null) {
			page().hideView(view);
		}
	}

	@Test
	void thePreviewDrawsTheJourneyUnderTheCursorAndFollowsEdits() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip-future.journey"));
		JourneyMapPreviewView view = (JourneyMapPreviewView) page().showView(JourneyMapPreviewView.ID);
		page().activate(editor);
		org.eclipse.jface.text.IDocument document = document(editor);
		editor.selectAndReveal(document.get().indexOf("stage ") + 2, 0);
		int[] stable = { 0 };
		// the whole page where the platform has a browser widget, else the map, blueprint and step flow drawn as images
		waitFor("the preview to draw the journey under the cursor", () -> "BookRoundTrip".equals(view.shownJourney())
				&& (view.displayedText().contains("Journey map") || view.displayedDrawings() == 3 && view.displayedImage().getBounds().width > 400)
						? ++stable[0] >= 20 : (stable[0] = 0) > 0);
		screenshot("journey-map-preview");
		if (view.displayedMapSvg() != null) {
			for (String name : List.of("Orientation", "Booking", "Preparation", "Books the trip")) {
				assertTrue(view.displayedMapSvg().contains(name), "the map shows " + name);
			}
		}

		// an edit shows within a second or two: the preview follows the text, not only the file
		int title = document.get().indexOf("\"Booking\"") + 1;
		document.replace(title, "Booking".length(), "Pay up");
		editor.selectAndReveal(title, 0);
		long start = System.currentTimeMillis();
		waitFor("the preview to show the edited title", () -> view.displayedMapSvg() == null ? view.displayedText().contains("Pay up")
				: view.displayedMapSvg().contains("Pay up"));
		System.out.println("preview: an edit showed after " + (System.currentTimeMillis() - start) + " ms");
		screenshot("journey-map-preview-after-edit");

		Path export = Files.createTempDirectory("journey-export");
		Path index = view.exportTo(export);
		assertTrue(Files.readString(index).contains("BookRoundTrip") && Files.list(export).anyMatch(file -> file.toString().endsWith("-map.svg")),
				"Export as HTML/SVG writes the page, the drawings and an index");
		editor.doRevertToSaved();
	}
}
