package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The project builder re-validates the journeys that depend on a changed or deleted catalogue. */
public class BuilderTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void renamingAChannelInTheCatalogueMarksTheJourneysThatUseIt() throws Exception {
		IProject project = exampleProject("travel");
		IFile catalog = project.getFile("catalog.journey");
		IFile journey = project.getFile("round-trip.journey");
		assertTrue(problems(project, IMarker.SEVERITY_ERROR).isEmpty(), describe(problems(project, IMarker.SEVERITY_ERROR)));
		String original = contents(catalog);

		setContents(catalog, original.replace("channel Website ", "channel WebSite "));
		waitFor("an error marker in the journey that uses the renamed channel",
				() -> problems(journey, IMarker.SEVERITY_ERROR).stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("Website")));
		assertTrue(problems(catalog, IMarker.SEVERITY_ERROR).isEmpty(), "the catalogue itself is fine");
		open(journey);
		showProblems("Website");
		flush();
		screenshot("catalogue-change-breaks-journey");

		setContents(catalog, original);
		waitFor("the journey's markers to go away", () -> problems(journey, IMarker.SEVERITY_ERROR).isEmpty());
	}

	@Test
	void deletingTheCatalogueMarksItsDependentsAndRestoringItClearsThem() throws Exception {
		IProject project = exampleProject("travel");
		IFile catalog = project.getFile("catalog.journey");
		IFile journey = project.getFile("round-trip.journey");
		String original = contents(catalog);

		catalog.delete(true, null);
		waitFor("error markers in the journey whose catalogue is gone", () -> !problems(journey, IMarker.SEVERITY_ERROR).isEmpty());

		catalog.create(new java.io.ByteArrayInputStream(original.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		waitFor("the journey's markers to go away", () -> problems(project, IMarker.SEVERITY_ERROR).isEmpty());
	}
}
