package journey.dsl.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The .journey files of one project, parsed once and kept for the editors, as the language server
 * keeps its workspace: one resource set per project, updated file by file. An editor's text
 * replaces its file's model; a file changed on disk is read again; a file that referred to a
 * replaced one is parsed again from its own text, so that its references resolve against the new
 * model. Nothing else is parsed: typing in one file of a large project costs one parse, not one
 * per file.
 *
 * <p>The models are shared by every editor of the project: whoever reads them holds
 * {@link #lock()}, and the editors' text wins over the disk while an editor has the file open.
 */
public final class ProjectModels {

	private static final Map<IProject, ProjectModels> PROJECTS = new HashMap<>();

	/** How each loaded file got its text: from an open editor, or from disk at a modification stamp. */
	private record Source(boolean fromEditor, long diskStamp) {
	}

	private final IProject project;
	private final XtextResourceSet resourceSet;
	private final Map<URI, Source> sources = new HashMap<>();
	private final AtomicLong parses = new AtomicLong();

	private ProjectModels(IProject project) {
		this.project = project;
		this.resourceSet = JourneyUi.injector().getInstance(XtextResourceSet.class);
	}

	/** The models of the project, created on first use. */
	public static ProjectModels of(IProject project) {
		synchronized (PROJECTS) {
			// the models of closed and deleted projects go: nothing edits them any more
			PROJECTS.keySet().removeIf(known -> !known.isAccessible() && !known.equals(project));
			return PROJECTS.computeIfAbsent(project, ProjectModels::new);
		}
	}

	/** What everyone who reads or parses these models synchronizes on. */
	public Object lock() {
		return this;
	}

	/** How many files these models have parsed since they were created: the document's own parses and the files around it. */
	public long parses() {
		return parses.get();
	}

	/**
	 * The model of an editor's text for the file, parsed in place of the file's previous model, with
	 * every other file of the project up to date.
	 */
	public XtextResource parse(IFile file, String text) {
		synchronized (lock()) {
			URI uri = JourneyResources.uriOf(file);
			List<XtextResource> replaced = new ArrayList<>();
			refreshOtherFiles(uri, replaced);
			XtextResource current = replace(uri, text, replaced);
			sources.put(uri, new Source(true, file.getModificationStamp()));
			reparseDependents(replaced);
			return current;
		}
	}

	/** Brings every other file of the project up to date: new and changed files read from disk, deleted ones dropped, closed editors' text given up. */
	private void refreshOtherFiles(URI document, List<XtextResource> replaced) {
		Set<URI> present = new HashSet<>();
		if (project.isAccessible()) {
			for (IFile file : JourneyResources.journeyFiles(project)) {
				URI uri = JourneyResources.uriOf(file);
				present.add(uri);
				if (uri.equals(document)) {
					continue;
				}
				Source source = sources.get(uri);
				boolean stale = source == null
						|| (source.fromEditor() ? !isOpenInAnEditor(file) : source.diskStamp() != file.getModificationStamp());
				if (stale) {
					JourneyResources.readText(file).ifPresent(text -> {
						replace(uri, text, replaced);
						sources.put(uri, new Source(false, file.getModificationStamp()));
					});
				}
			}
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!present.contains(resource.getURI()) && !resource.getURI().equals(document)) {
				replaced.add((XtextResource) resource);
				resourceSet.getResources().remove(resource);
				sources.remove(resource.getURI());
			}
		}
	}

	private static boolean isOpenInAnEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
	}

	/** Parses the text as the file's new model; the old model leaves the resource set. */
	private XtextResource replace(URI uri, String text, List<XtextResource> replaced) {
		Resource old = resourceSet.getResource(uri, false);
		if (old instanceof XtextResource oldModel) {
			replaced.add(oldModel);
			resourceSet.getResources().remove(old);
		}
		parses.incrementAndGet();
		XtextResource fresh = JourneyResources.parse(resourceSet, uri, text);
		replaced.add(fresh);
		return fresh;
	}

	/**
	 * Parses again, from their own text, the files that looked up a name that a replaced file
	 * declared, before or after: their references may point into the old model, or may now resolve.
	 * Those files are replaced in turn, so the files that refer to them are parsed again too.
	 */
	private void reparseDependents(List<XtextResource> replaced) {
		IResourceDescription.Manager descriptions = JourneyUi.injector().getInstance(IResourceDescription.Manager.class);
		Set<Resource> touched = new HashSet<>(replaced);
		List<XtextResource> round = replaced;
		while (!round.isEmpty()) {
			Set<QualifiedName> names = new HashSet<>();
			for (XtextResource resource : round) {
				for (IEObjectDescription exported : descriptions.getResourceDescription(resource).getExportedObjects()) {
					names.add(exported.getName().toLowerCase());
				}
			}
			List<XtextResource> next = new ArrayList<>();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				if (touched.contains(resource) || !(resource instanceof XtextResource other) || other.getParseResult() == null) {
					continue;
				}
				ImportedNamesAdapter imported = ImportedNamesAdapter.find(other);
				if (imported != null && imported.getImportedNames().stream().anyMatch(names::contains)) {
					replace(other.getURI(), other.getParseResult().getRootNode().getText(), next);
				}
			}
			touched.addAll(next);
			round = next;
		}
	}
}
