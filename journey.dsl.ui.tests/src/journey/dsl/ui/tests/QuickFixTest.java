package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.builder.JourneyMarkers;
import journey.dsl.ui.quickfix.JourneyQuickAssistProcessor;

/**
 * Quick fixes from the ide bundle: as marker resolutions (Problems view) and as quick assists in
 * the editor. Skipped while the ide bundle binds no quick fix provider.
 */
public class QuickFixTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void aMarkerResolutionFixesTheProblemAndTheMarkerGoesAway() throws Exception {
		IProject project = exampleProject("travel");
		IFile file = project.getFile("round-trip.journey");
		String original = contents(file);
		// A touchpoint that names no channel; the fix adds one of the catalogue's channels.
		setContents(file, original.replace("\"Tour package page\" via Website {", "\"Tour package page\" {"));
		waitFor("error markers", () -> !problems(file, IMarker.SEVERITY_ERROR).isEmpty());

		ITextEditor editor = open(file);
		showProblems("channel");
		IMarker fixable = null;
		IMarkerResolution resolution = null;
		for (IMarker marker : problems(file, IMarker.SEVERITY_ERROR)) {
			IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
			if (resolutions.length > 0) {
				fixable = marker;
				resolution = resolutions[0];
				break;
			}
		}
		assertFalse(fixable == null, "an error with a quick fix: " + describe(problems(file, IMarker.SEVERITY_ERROR)));

		int offset = fixable.getAttribute(IMarker.CHAR_START, 0);
		waitFor("the typing diagnostics", () -> !typingErrors(editor).isEmpty());
		List<ICompletionProposal> assists = JourneyQuickAssistProcessor.proposals(document(editor), viewer(editor).getAnnotationModel(), offset);
		assertFalse(assists.isEmpty(), "the editor offers the same fix as a quick assist");
		screenshot("quick-fix-problems-view");

		String code = fixable.getAttribute(JourneyMarkers.CODE, "");
		int line = fixable.getAttribute(IMarker.LINE_NUMBER, 0);
		resolution.run(fixable);
		assertFalse(editor.isDirty(), "the fixed file is saved");
		assertTrue(contents(file).contains("\"Tour package page\" via "), "the touchpoint names a channel now");
		waitFor("the fixed marker to go away", () -> problems(file, IMarker.SEVERITY_ERROR).stream()
				.noneMatch(m -> code.equals(m.getAttribute(JourneyMarkers.CODE, "")) && m.getAttribute(IMarker.LINE_NUMBER, 0) == line));
		showProblemsWithout("TourPage names no channel");
		screenshot("quick-fix-applied");
		setContents(file, original);
	}
}
