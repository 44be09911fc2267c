package journey.dsl.ui.builder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IStartup;
import org.eclipse.xtext.resource.XtextResourceSet;

import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.JourneyUi;

/**
 * Validates the .journey files of projects that have no Journey nature: a folder imported with
 * File > Open Projects from File System, or a project of another kind that holds journeys, gets its
 * problem markers without any manual step, and without anyone's .project file being changed. A
 * project with the nature is left to its builder. Started with the workbench.
 */
public class ProjectsWithoutNature implements IStartup, IResourceChangeListener {

	@Override
	public void earlyStartup() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		Set<IProject> projects = new LinkedHashSet<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (needsValidation(project)) {
				projects.add(project);
			}
		}
		validate(projects);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IProject project) {
					return needsValidation(project);
				}
				if (JourneyResources.isJourneyFile(resource) && (delta.getKind() != IResourceDelta.CHANGED
						|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0)) {
					projects.add(resource.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			JourneyUi.log("Cannot read a workspace change", e);
		}
		validate(projects);
	}

	private static boolean needsValidation(IProject project) {
		try {
			return project.isOpen() && !project.hasNature(JourneyUi.NATURE_ID);
		} catch (CoreException e) {
			return false;
		}
	}

	private static void validate(Set<IProject> projects) {
		for (IProject project : projects) {
			WorkspaceJob job = new WorkspaceJob("Validating journeys of " + project.getName()) {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
					List<IFile> files = JourneyResources.journeyFiles(project);
					if (!files.isEmpty()) {
						XtextResourceSet resourceSet = JourneyResources.projectResourceSet(project, null);
						EcoreUtil.resolveAll(resourceSet);
						JourneyBuilder.validate(resourceSet, files.stream().map(JourneyResources::uriOf).toList(), monitor);
					}
					return Status.OK_STATUS;
				}
			};
			// one project at a time, and not while its files change
			job.setRule(project);
			job.setSystem(true);
			job.schedule(300);
		}
	}
}
