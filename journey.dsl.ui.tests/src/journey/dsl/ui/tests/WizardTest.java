package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.wizards.NewJourneyFileWizard;
import journey.dsl.ui.wizards.NewJourneyProjectWizard;

/** The New Journey project and file wizards create things that validate. */
public class WizardTest {

	@BeforeEach
	void setUp() throws Exception {
		maximize();
		IProject old = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-test");
		if (old.exists()) {
			old.delete(true, true, null);
		}
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void theWizardsCreateAJourneyProjectWithAJourneyAndACatalogueThatValidate() throws Exception {
		NewJourneyProjectWizard projectWizard = new NewJourneyProjectWizard();
		projectWizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		projectWizard.setInitialProjectName("wizard-test");
		WizardDialog projectDialog = new WizardDialog(shell(), projectWizard);
		projectDialog.setBlockOnOpen(false);
		projectDialog.create();
		projectDialog.open();
		flush();
		assertTrue(projectWizard.performFinish());
		projectDialog.close();
		IProject project = projectWizard.created();
		assertTrue(project.hasNature(JourneyUi.NATURE_ID), "the project has the journey nature");
		assertTrue(java.util.Arrays.stream(project.getDescription().getBuildSpec()).anyMatch(c -> JourneyUi.BUILDER_ID.equals(c.getBuilderName())),
				"the journey builder is enabled");

		IFile journey = runFileWizard(project, "trip-to-paris.journey", false);
		IFile catalogue = runFileWizard(project, "catalog.journey", true);
		waitForBuild();
		waitFor("the builder to validate the new files", () -> journey.exists() && catalogue.exists());
		assertTrue(problems(project, IMarker.SEVERITY_ERROR).isEmpty(), describe(problems(project, IMarker.SEVERITY_ERROR)));
		assertTrue(contents(journey).contains("journey TripToParis"), contents(journey));
		assertTrue(contents(catalogue).contains("channel Website"), contents(catalogue));
		screenshot("wizard-created-journey");
	}

	private static IFile runFileWizard(IProject project, String name, boolean catalogue) {
		NewJourneyFileWizard wizard = new NewJourneyFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.create();
		wizard.page().setFileName(name);
		wizard.page().setCatalogue(catalogue);
		dialog.open();
		flush();
		if (!catalogue) {
			screenshot("new-journey-file-wizard");
		}
		assertTrue(wizard.performFinish());
		dialog.close();
		return project.getFile(name);
	}

	private static org.eclipse.swt.widgets.Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
