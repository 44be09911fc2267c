package journey.dsl.ide.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;

import com.google.inject.Inject;

/**
 * The index of a resource set in Eclipse: the files the set has loaded, as they are in memory, and
 * the other .journey files of their projects, as they are on disk. A reference to a file that is
 * not loaded yet resolves as in the editor, whatever order a Sirius session loads its files in;
 * the target file is loaded when the reference is followed.
 */
public class ProjectResourceDescriptions extends ResourceSetBasedResourceDescriptions {

	@Inject
	private ProjectIndex index;

	/** The projects' files, listed once per index: Xtext asks for a fresh one per scope. */
	private List<URI> projectFiles;

	@Override
	public Iterable<IResourceDescription> getAllResourceDescriptions() {
		List<IResourceDescription> all = new ArrayList<>();
		super.getAllResourceDescriptions().forEach(all::add);
		if (getData() == null) {
			for (URI file : projectFiles()) {
				if (getResourceSet().getResource(file, false) == null) {
					IResourceDescription description = index.describe(file);
					if (description != null) {
						all.add(description);
					}
				}
			}
		}
		return all;
	}

	@Override
	public IResourceDescription getResourceDescription(URI uri) {
		IResourceDescription loaded = super.getResourceDescription(uri);
		if (loaded != null || getData() != null || !uri.isPlatformResource() || !projectFiles().contains(uri)) {
			return loaded;
		}
		return index.describe(uri);
	}

	private List<URI> projectFiles() {
		if (projectFiles == null) {
			projectFiles = index.projectFiles(getResourceSet());
		}
		return projectFiles;
	}

	@Override
	protected boolean hasDescription(URI uri) {
		return getResourceDescription(uri) != null;
	}

	@Override
	public boolean isEmpty() {
		return !getAllResourceDescriptions().iterator().hasNext();
	}
}
