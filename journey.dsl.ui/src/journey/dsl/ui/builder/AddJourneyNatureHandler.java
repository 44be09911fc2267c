package journey.dsl.ui.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import journey.dsl.ui.JourneyUi;

/** Configure > Add Journey Nature on a project: from then on the journey builder validates it. */
public class AddJourneyNatureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object selected : selection) {
				IProject project = Adapters.adapt(selected, IProject.class);
				if (project != null) {
					try {
						JourneyNature.addTo(project);
					} catch (CoreException e) {
						JourneyUi.log("Cannot add the Journey nature to " + project.getName(), e);
					}
				}
			}
		}
		return null;
	}
}
