package journey.dsl.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.builder.JourneyNature;

/** File > New > Journey project: a project with the journey nature, so the builder validates it. */
public class NewJourneyProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "journey.dsl.ui.wizards.newProject";

	private WizardNewProjectCreationPage page;
	private IProject created;
	private String initialProjectName;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("New Journey Project");
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("journeyProject");
		page.setTitle("Journey project");
		page.setDescription("Create a project whose .journey files are validated as you save them.");
		if (initialProjectName != null) {
			page.setInitialProjectName(initialProjectName);
		}
		addPage(page);
	}

	/** The name the page proposes; call before the wizard's pages are created. */
	public void setInitialProjectName(String name) {
		this.initialProjectName = name;
	}

	public WizardNewProjectCreationPage page() {
		return page;
	}

	public IProject created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
			if (!page.useDefaults()) {
				description.setLocationURI(page.getLocationURI());
			}
			project.create(description, null);
			project.open(null);
			// Natures given at creation are not configured; adding it afterwards installs the builder.
			JourneyNature.addTo(project);
			created = project;
			return true;
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			JourneyUi.log("Cannot create the project " + project.getName(), e);
			return false;
		}
	}
}
