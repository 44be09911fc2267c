package journey.dsl.ui.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.StorageAwareResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import journey.dsl.build.DetachedResourceDescription;
import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.JourneyUi;

/**
 * Validates the .journey files of a project and shows the results as problem markers. All files
 * of the project are loaded together, so references between them resolve; the index of the last
 * build (each file's exported and imported names) decides which files a change affects: the
 * changed files themselves and every file whose imported names the change touches, e.g. the
 * journeys that use a catalogue element that was renamed or deleted.
 */
public class JourneyBuilder extends IncrementalProjectBuilder {

	/** The resource descriptions of the last build, by file URI. */
	private Map<URI, IResourceDescription> index = new HashMap<>();

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		Set<URI> changed = new HashSet<>();
		Set<URI> deleted = new HashSet<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		boolean full = delta == null || index.isEmpty();
		if (!full) {
			delta.accept(d -> {
				if (JourneyResources.isJourneyFile(d.getResource())) {
					URI uri = JourneyResources.uriOf((IFile) d.getResource());
					if (d.getKind() == IResourceDelta.REMOVED) {
						deleted.add(uri);
					} else if (d.getKind() == IResourceDelta.ADDED
							|| (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0) {
						changed.add(uri);
					}
				}
				return true;
			});
			if (changed.isEmpty() && deleted.isEmpty()) {
				return null;
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Validating journeys of " + project.getName(), 100);

		XtextResourceSet resourceSet = JourneyResources.projectResourceSet(project, null);
		EcoreUtil.resolveAll(resourceSet);
		progress.worked(30);
		IResourceDescription.Manager manager = JourneyUi.injector().getInstance(IResourceDescription.Manager.class);
		Map<URI, IResourceDescription> fresh = new HashMap<>();
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof XtextResource && !(resource instanceof StorageAwareResource storage && storage.isLoadedFromStorage())) {
				fresh.put(resource.getURI(), DetachedResourceDescription.of(manager.getResourceDescription(resource)));
			}
		}

		Set<URI> toValidate = new LinkedHashSet<>();
		if (full) {
			toValidate.addAll(fresh.keySet());
		} else {
			List<IResourceDescription.Delta> deltas = new ArrayList<>();
			for (URI uri : changed) {
				deltas.add(manager.createDelta(index.get(uri), fresh.get(uri)));
			}
			for (URI uri : deleted) {
				if (index.containsKey(uri)) {
					deltas.add(manager.createDelta(index.get(uri), null));
				}
			}
			toValidate.addAll(changed);
			ResourceDescriptionsData context = new ResourceDescriptionsData(fresh.values());
			for (IResourceDescription candidate : fresh.values()) {
				if (!toValidate.contains(candidate.getURI()) && manager.isAffected(deltas, candidate, context)) {
					toValidate.add(candidate.getURI());
				}
			}
		}

		validate(resourceSet, toValidate, progress.split(70));
		index = fresh;
		return null;
	}

	/** Validates the files of the resource set and replaces their problem markers. */
	static void validate(XtextResourceSet resourceSet, Collection<URI> files, IProgressMonitor monitor) throws CoreException {
		SubMonitor validation = SubMonitor.convert(monitor, files.size());
		CancelIndicator cancel = validation::isCanceled;
		for (URI uri : files) {
			if (validation.isCanceled()) {
				throw new OperationCanceledException();
			}
			Resource resource = resourceSet.getResource(uri, false);
			IFile file = JourneyResources.fileOf(uri);
			if (resource instanceof XtextResource xtext && file != null) {
				List<Issue> issues = xtext.getResourceServiceProvider().get(IResourceValidator.class).validate(xtext, CheckMode.ALL, cancel);
				JourneyMarkers.replace(file, issues);
			}
			validation.worked(1);
		}
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		index = new HashMap<>();
		getProject().deleteMarkers(JourneyUi.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
	}
}
