package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.editor.JourneyHyperlinkDetector;

/** Ctrl+click on a reference opens its definition, in the same file or in another. */
public class HyperlinkTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void aChannelReferenceOpensTheCatalogueAtTheChannel() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor journey = open(project.getFile("round-trip.journey"));
		int offset = document(journey).get().indexOf("via Website") + "via Web".length();

		IHyperlink[] links = new JourneyHyperlinkDetector().detectHyperlinks(viewer(journey), new Region(offset, 0), false);
		assertNotNull(links, "a link on the channel reference");
		assertEquals("Website", document(journey).get(links[0].getHyperlinkRegion().getOffset(), links[0].getHyperlinkRegion().getLength()));
		links[0].open();

		IFile catalog = project.getFile("catalog.journey");
		waitFor("the catalogue to open", () -> catalog.equals(activeFile()));
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		String catalogText = document(editor).get();
		assertEquals(catalogText.indexOf("channel Website") + "channel ".length(), selection.getOffset());
		assertEquals("Website", selection.getText());
		screenshot("hyperlink-opened-catalogue");
	}

	@Test
	void aStepReferenceSelectsTheStepInTheSameFile() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor journey = open(project.getFile("round-trip.journey"));
		String text = document(journey).get();
		int offset = text.indexOf("next CompareTrips") + "next Comp".length();
		IHyperlink[] links = new JourneyHyperlinkDetector().detectHyperlinks(viewer(journey), new Region(offset, 0), false);
		assertNotNull(links, "a link on the step reference");
		links[0].open();
		waitFor("the step to be selected", () -> ((ITextSelection) journey.getSelectionProvider().getSelection()).getText().equals("CompareTrips")
				&& ((ITextSelection) journey.getSelectionProvider().getSelection()).getOffset() == text.indexOf("step CompareTrips") + "step ".length());
	}

	private static IFile activeFile() {
		IEditorPart editor = page().getActiveEditor();
		return editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
	}
}
