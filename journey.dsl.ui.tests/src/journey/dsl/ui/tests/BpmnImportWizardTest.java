package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.wizards.BpmnImportWizard;

/** File > Import... > Journey > BPMN processes previews, creates a catalogue that builds, and changes an existing one only when asked. */
public class BpmnImportWizardTest {

	private IProject project;
	/** The page's summary when the last wizard finished (its widgets are gone once the dialog closes). */
	private String summary;

	@BeforeEach
	void setUp() throws Exception {
		maximize();
		project = exampleProject("webshop");
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void theImportWizardIsListedUnderJourney() {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(BpmnImportWizard.ID);
		assertTrue(descriptor != null, "File > Import lists the BPMN import");
		assertEquals("BPMN processes", descriptor.getLabel());
		assertEquals("Journey", descriptor.getCategory().getLabel());
	}

	@Test
	void theWizardPreviewsAndCreatesACatalogueThatBuildsAndChangesItOnlyWhenTicked() throws Exception {
		String bpmn = Path.of(System.getProperty("journey.examples"), "imports", "order-handling.bpmn").toString();
		BpmnImportWizard wizard = run(bpmn, false, "Sales=frontstage", true);
		IFile catalogue = project.getFile("orders.journey");
		assertTrue(summary.contains("created process HandleAnOrder with 7 activities"), summary);
		assertTrue(catalogue.exists(), "the wizard wrote the catalogue");
		String text = contents(catalogue);
		assertTrue(text.contains("activity CheckTheOrder \"Check the order\" frontstage owner Sales"), text);
		waitForBuild();
		assertTrue(problems(catalogue, IMarker.SEVERITY_ERROR).isEmpty(), describe(problems(catalogue, IMarker.SEVERITY_ERROR)));

		setContents(catalogue, text.replace("process HandleAnOrder", "// ours\nprocess HandleAnOrder"));
		Path changedBpmn = java.nio.file.Files.createTempFile("order-handling", ".bpmn");
		java.nio.file.Files.writeString(changedBpmn, java.nio.file.Files.readString(Path.of(bpmn)).replace("name=\"Pick and pack\"", "name=\"Pick and pack the parcel\""));
		run(changedBpmn.toString(), false, "", false);
		assertTrue(summary.startsWith("Changes /webshop/orders.journey") && summary.contains("updated activity HandleAnOrder.PickAndPack: title"), summary);
		assertTrue(contents(catalogue).contains("\"Pick and pack\" backstage"), "not ticked: the catalogue is left as it was");
		BpmnImportWizard ticked = run(changedBpmn.toString(), true, "", true);
		String changed = contents(catalogue);
		assertTrue(changed.contains("// ours\nprocess HandleAnOrder"), changed);
		assertTrue(changed.contains("activity PickAndPack \"Pick and pack the parcel\" backstage"), changed);
		assertTrue(changed.contains("activity CheckTheOrder \"Check the order\" frontstage owner Sales"),
				"an activity's lane chosen before stays: " + changed);
		assertTrue(ticked.imported() != null);
	}

	/** Opens the wizard on the project, fills and previews the page, screenshots it, and finishes. */
	private BpmnImportWizard run(String bpmn, boolean change, String rules, boolean finishes) {
		BpmnImportWizard wizard = new BpmnImportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		wizard.showSummaryWhenDone(false);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.create();
		wizard.page().fill(bpmn, project.getFullPath().toString(), "orders.journey", rules, change);
		dialog.open();
		wizard.page().pressPreview();
		flush();
		screenshot(change ? "bpmn-import-wizard-change" : "bpmn-import-wizard");
		boolean finished = wizard.performFinish();
		flush();
		summary = wizard.page().summaryText();
		dialog.close();
		assertEquals(finishes, finished, "finish succeeds unless it would change an existing catalogue unticked");
		return wizard;
	}
}
