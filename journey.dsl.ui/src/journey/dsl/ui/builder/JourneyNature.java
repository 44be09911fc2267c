package journey.dsl.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

import journey.dsl.ui.JourneyUi;

/** Marks a project as holding journeys: configuring it adds the journey builder. */
public class JourneyNature implements IProjectNature {

	private IProject project;

	/** Adds the nature (and with it the builder) to a project. */
	public static void addTo(IProject project) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(JourneyUi.NATURE_ID)) {
			String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = JourneyUi.NATURE_ID;
			description.setNatureIds(natures);
			project.setDescription(description, null);
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(c -> JourneyUi.BUILDER_ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(JourneyUi.BUILDER_ID);
		ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
		updated[commands.length] = command;
		description.setBuildSpec(updated);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !JourneyUi.BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
