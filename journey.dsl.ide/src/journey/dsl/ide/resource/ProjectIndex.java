package journey.dsl.ide.resource;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

import journey.dsl.build.DetachedResourceDescription;

/**
 * What the .journey files of a workspace project declare, read from disk and kept until a file
 * changes. It lets a resource set that holds only some of a project's files (a Sirius session
 * opened on one journey) see the others, as the editor does, without loading them all.
 */
@Singleton
public class ProjectIndex {

	private static final Logger LOG = Logger.getLogger(ProjectIndex.class);

	private record Entry(long modified, long size, IResourceDescription description) {
	}

	private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	/** The .journey files of the workspace projects that the resource set's files belong to, as platform:/resource URIs. */
	public List<URI> projectFiles(ResourceSet resourceSet) {
		Set<String> projects = new LinkedHashSet<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			URI uri = resource.getURI();
			if (uri != null && uri.isPlatformResource() && uri.segmentCount() > 2) {
				projects.add(uri.segment(1));
			}
		}
		List<URI> files = new ArrayList<>();
		for (String project : projects) {
			URI location = CommonPlugin.resolve(URI.createPlatformResourceURI(project + "/", true));
			if (location != null && location.isFile()) {
				collect(Path.of(location.toFileString()), project, files);
			}
		}
		return files;
	}

	/** What the file declares, as it is on disk now; null when it cannot be read. */
	public IResourceDescription describe(URI platformUri) {
		URI location = CommonPlugin.resolve(platformUri);
		if (location == null || !location.isFile()) {
			return null;
		}
		Path file = Path.of(location.toFileString());
		try {
			long modified = Files.getLastModifiedTime(file).toMillis();
			long size = Files.size(file);
			Entry known = entries.get(platformUri);
			if (known != null && known.modified() == modified && known.size() == size) {
				return known.description();
			}
			Resource resource = resourceSets.get().getResource(platformUri, true);
			IResourceDescription description = DetachedResourceDescription.of(new ExportsOnly(descriptions.getResourceDescription(resource)));
			resource.unload();
			entries.put(platformUri, new Entry(modified, size, description));
			return description;
		} catch (IOException | RuntimeException e) {
			LOG.warn("Cannot index " + platformUri + ": references to it do not resolve until it is loaded", e);
			return null;
		}
	}

	/**
	 * What a file exports, without the references it makes: scoping needs only the exports, and
	 * resolving the references would ask this index for the very file being described. Unlike a
	 * builder's unlinked entry ({@code DetachedResourceDescription.exportsOf}), it stands for the
	 * file as it is: the checks do not load the file to read its references.
	 */
	private record ExportsOnly(IResourceDescription exports) implements IResourceDescription {
		@Override
		public URI getURI() {
			return exports.getURI();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects() {
			return exports.getExportedObjects();
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			return List.of();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			return List.of();
		}

		@Override
		public boolean isEmpty() {
			return exports.isEmpty();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
			return exports.getExportedObjects(type, name, ignoreCase);
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
			return exports.getExportedObjectsByType(type);
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
			return exports.getExportedObjectsByObject(object);
		}
	}

	private static void collect(Path root, String project, List<URI> files) {
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
					return !dir.equals(root) && (name.startsWith(".") || name.equals("target") || name.equals("bin"))
							? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.getFileName().toString().endsWith(".journey")) {
						String relative = root.relativize(file).toString().replace('\\', '/');
						files.add(URI.createPlatformResourceURI(project + "/" + relative, true));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// an unreadable folder contributes nothing; the files that are loaded still resolve
		}
	}
}
