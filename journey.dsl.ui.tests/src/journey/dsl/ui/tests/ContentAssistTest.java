package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.editor.JourneyContentAssistProcessor;

/** Content assist in the journey editor, from the ide bundle's proposal provider. */
public class ContentAssistTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void afterViaTheCatalogueChannelsAreProposed() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		int offset = document(editor).get().indexOf("via Website") + "via ".length();

		List<String> proposals = JourneyContentAssistProcessor.proposals(document(editor), offset).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		for (String channel : List.of("Website", "CustomerPortal", "Email", "Phone", "TravelShop")) {
			assertTrue(proposals.stream().anyMatch(p -> p.startsWith(channel)), channel + " is proposed: " + proposals);
		}

		int shellsBefore = visibleShells();
		editor.selectAndReveal(offset, 0);
		viewer(editor).getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		waitFor("the proposals popup", () -> visibleShells() > shellsBefore);
		screenshot("content-assist-popup");
	}

	@Test
	void anEmptyBodyOffersKeywords() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		String text = document(editor).get();
		int offset = text.indexOf("\tstage Orientation");
		List<String> proposals = JourneyContentAssistProcessor.proposals(document(editor), offset).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("stage")), "the stage keyword is proposed: " + proposals);
	}

	private static int visibleShells() {
		int count = 0;
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible()) {
				count++;
			}
		}
		return count;
	}

	@Test
	void aSnippetIsIndentedAtTheCursorWithItsFirstPlaceholderSelected() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		org.eclipse.jface.text.IDocument document = document(editor);
		int stageBody = document.get().indexOf("\n", document.get().indexOf("stage Orientation")) + 1;
		document.replace(stageBody, 0, "\t\t\n");
		int offset = stageBody + 2;
		ICompletionProposal step = JourneyContentAssistProcessor.proposals(document, offset).stream()
				.filter(p -> p.getDisplayString().contains("a new step")).findFirst()
				.orElseThrow(() -> new AssertionError("no step snippet"));
		step.apply(document);
		String inserted = document.get().substring(offset, document.get().indexOf("\n\t\t}", offset) + 4);
		assertTrue(inserted.startsWith("step Name \"Title\" as visitor {\n\t\t\tdoes \"Action\""), inserted);
		org.eclipse.swt.graphics.Point selection = step.getSelection(document);
		assertTrue(selection.x == offset + "step ".length() && selection.y == "Name".length(), "the first placeholder is selected: " + selection);
		editor.doRevertToSaved();
	}

	@Test
	void afterAMisspeltKeywordTheKeywordsOfTheStageAreProposed() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		org.eclipse.jface.text.IDocument document = document(editor);
		int stageBody = document.get().indexOf("\n", document.get().indexOf("stage Orientation")) + 1;
		document.replace(stageBody, 0, "\t\tgaol \n");
		int afterTheWord = stageBody + "\t\tgaol ".length();
		List<String> labels = JourneyContentAssistProcessor.proposals(document, afterTheWord).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		for (String keyword : List.of("goal", "step", "asks", "takes")) {
			assertTrue(labels.stream().anyMatch(label -> label.startsWith(keyword)), keyword + " is proposed: " + labels);
		}
		editor.doRevertToSaved();
	}

	@Test
	void aMisspeltKeywordAtTheCursorIsReplacedByTheKeywordOneTypoAway() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		org.eclipse.jface.text.IDocument document = document(editor);
		int stageBody = document.get().indexOf("\n", document.get().indexOf("stage Orientation")) + 1;
		document.replace(stageBody, 0, "\t\tgaol\n");
		int endOfTheWord = stageBody + "\t\tgaol".length();
		ICompletionProposal goal = JourneyContentAssistProcessor.proposals(document, endOfTheWord).stream()
				.filter(p -> p.getDisplayString().startsWith("goal")).findFirst()
				.orElseThrow(() -> new AssertionError("goal is not proposed for gaol"));
		goal.apply(document);
		assertEquals("\t\tgoal", document.get().substring(stageBody, document.get().indexOf("\n", stageBody)));
		editor.doRevertToSaved();
	}
}
