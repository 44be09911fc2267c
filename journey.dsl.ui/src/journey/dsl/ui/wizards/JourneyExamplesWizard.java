package journey.dsl.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.builder.JourneyNature;

/**
 * File > New > Example... > Journey examples: the bundled examples (travel, webshop, b2b, crm) as
 * Journey projects, each with the Journey nature, and the travel journey opened. A project that
 * already exists is left as it is.
 */
public class JourneyExamplesWizard extends Wizard implements INewWizard {

	public static final String ID = "journey.dsl.ui.wizards.examples";

	private static final List<String> EXAMPLES = List.of("travel", "webshop", "b2b", "crm");

	private IWorkbench workbench;
	private final List<IProject> created = new ArrayList<>();

	@Override
	public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
		this.workbench = currentWorkbench;
		setWindowTitle("Journey Examples");
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("examples") {
			@Override
			public void createControl(Composite parent) {
				Composite body = new Composite(parent, SWT.NONE);
				body.setLayout(new GridLayout(1, false));
				new Label(body, SWT.WRAP).setText("""
						Creates four projects from the examples that come with Journey:
						  travel   a travel agency's round trip, its catalogue and its future state (seed 003)
						  webshop  a first order with the stage KPIs and funnel counts of seed 002
						  b2b      the seven B2B phases of seed 004, with CES, NPS and CSAT and a buying group
						  crm      seed 000's five phases grouped as See, Think and Do, with questions, durations and moments
						Open a .journey file, then Window > Show View > Journey Map Preview to see it drawn.""");
				setControl(body);
				setTitle("Journey examples");
				setDescription("The bundled example journeys, as projects of this workspace.");
			}
		});
	}

	/** The example projects this wizard created, in order. */
	public List<IProject> created() {
		return Collections.unmodifiableList(created);
	}

	@Override
	public boolean performFinish() {
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		try {
			for (String example : EXAMPLES) {
				IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(example);
				if (project.exists()) {
					continue;
				}
				project.create(null);
				project.open(null);
				JourneyNature.addTo(project);
				for (URL entry : Collections.list(bundle.findEntries("examples/" + example, "*.journey", false))) {
					String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
					try (InputStream in = entry.openStream()) {
						project.getFile(name).create(in, true, null);
					}
				}
				created.add(project);
			}
		} catch (CoreException | IOException e) {
			JourneyUi.log("Cannot create the Journey example projects", e);
			return false;
		}
		IFile first = ResourcesPlugin.getWorkspace().getRoot().getProject("travel").getFile("round-trip.journey");
		if (first.exists() && workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), first, true);
			} catch (PartInitException e) {
				JourneyUi.log("Cannot open " + first.getFullPath(), e);
			}
		}
		return true;
	}
}
