package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.editor.JourneyHover;

/** The editor's hover: formatted text, not the Markdown the language server sends; the problems at the place are the problem hover's. */
public class HoverTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void aTeamsHoverIsFormattedTextWithEachThingItOwnsOnce() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("catalog.journey"));
		String text = document(editor).get();
		int offset = text.indexOf("team WebTeam") + "team Web".length();
		String hover = new JourneyHover().getHoverInfo(viewer(editor), new Region(offset, 0));
		assertTrue(hover.contains("<b>"), hover);
		assertFalse(hover.contains("**") || hover.contains("`"), "no Markdown left: " + hover);
		assertTrue(hover.contains("\u2022 process Maintain the website"), hover);
		// every party of the catalogue: the solutions and KPIs it owns in the journey file come once each
		java.util.regex.Matcher party = java.util.regex.Pattern.compile("(?m)^(department|team|role|person) (\\w+)").matcher(text);
		int parties = 0;
		while (party.find()) {
			String partyHover = new JourneyHover().getHoverInfo(viewer(editor), new Region(party.start(2) + 1, 0));
			// a KPI of the current and of the planned journey are two KPIs, each under its journey
			for (String group : partyHover.split("<p>")) {
				String[] items = group.split("<br>");
				assertTrue(java.util.Arrays.stream(items).distinct().count() == items.length, "each item once: " + partyHover);
			}
			parties++;
		}
		assertTrue(parties >= 10, "the catalogue's parties were hovered: " + parties);
	}

	/** The message itself, shown once in the hover the user sees: DiagnosticsTest. */
	@Test
	void theJourneyHoverLeavesAProblemsMessageToThePlatformsProblemHover() throws Exception {
		IProject project = exampleProject("travel");
		ITextEditor editor = open(project.getFile("round-trip.journey"));
		IDocument document = document(editor);
		int offset = document.get().indexOf("persona Explorer") + "persona ".length();
		document.replace(offset, "Explorer".length(), "Explorr");
		waitFor("a squiggle under the unknown persona", () -> !typingErrors(editor).isEmpty());
		String hover = new JourneyHover().getHoverInfo(viewer(editor), new Region(offset + 2, 0));
		assertTrue(hover == null || !hover.contains("Explorr"), "the problem hover says it, once: " + hover);
		editor.doRevertToSaved();
	}
}
