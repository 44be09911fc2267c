package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.wizards.JourneyExamplesWizard;

/** File > New > Example... > Journey Examples: the four example projects, validated, the travel journey open. */
public class ExamplesWizardTest {

	@AfterEach
	void tearDown() throws Exception {
		closeAllEditors();
		for (String name : List.of("travel", "webshop", "b2b", "crm")) {
			ResourcesPlugin.getWorkspace().getRoot().getProject(name).delete(true, true, null);
		}
	}

	@Test
	void theExamplesWizardCreatesTheFourExampleProjects() throws Exception {
		for (String name : List.of("travel", "webshop", "b2b", "crm")) {
			ResourcesPlugin.getWorkspace().getRoot().getProject(name).delete(true, true, null);
		}
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(JourneyExamplesWizard.ID);
		assertEquals("org.eclipse.ui.Examples", descriptor.getCategory().getId(), "listed under File > New > Example...");
		JourneyExamplesWizard wizard = (JourneyExamplesWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		screenshot("examples-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();

		assertEquals(List.of("travel", "webshop", "b2b", "crm"), wizard.created().stream().map(IProject::getName).toList());
		for (IProject project : wizard.created()) {
			assertTrue(project.hasNature(JourneyUi.NATURE_ID), project.getName() + " has the Journey nature");
		}
		assertEquals(List.of("annas-trip.journey", "catalog.journey", "round-trip-future.journey", "round-trip.journey"),
				java.util.Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProject("travel").members())
						.map(member -> member.getName()).filter(name -> name.endsWith(".journey")).sorted().toList());
		waitFor("the b2b example's warning marker", () -> problems(ResourcesPlugin.getWorkspace().getRoot().getProject("b2b"), IMarker.SEVERITY_WARNING)
				.stream().anyMatch(marker -> marker.getAttribute(IMarker.MESSAGE, "").contains("UserGroupTips")));
		assertEquals("round-trip.journey", page().getActiveEditor().getTitle());
		screenshot("examples-created");
	}
}
