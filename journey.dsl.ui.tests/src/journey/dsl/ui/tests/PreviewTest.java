package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;

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
	void thePreviewDrawsTheJourneyUnderTheCursor() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip-future.journey"));
		JourneyMapPreviewView view = (JourneyMapPreviewView) page().showView(JourneyMapPreviewView.ID);
		page().activate(editor);
		String text = document(editor).get();
		editor.selectAndReveal(text.indexOf("stage ") + 2, 0);
		int[] stable = { 0 };
		// the whole page where the platform has a browser widget, else the journey map drawn as an image
		waitFor("the preview to draw the journey under the cursor", () -> "BookRoundTrip".equals(view.shownJourney())
				&& (view.displayedText().contains("Journey map") || view.displayedImage() != null && view.displayedImage().getBounds().width > 400)
						? ++stable[0] >= 20 : (stable[0] = 0) > 0);
		screenshot("journey-map-preview");
	}
}
