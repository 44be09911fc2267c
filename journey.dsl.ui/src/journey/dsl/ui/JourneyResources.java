package journey.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Maps workspace files to EMF URIs and back, and loads the .journey files of a project into one
 * resource set, so that references between files resolve the same way in the editor and in the
 * builder: every file of a project sees every other file of that project.
 */
public final class JourneyResources {

	private JourneyResources() {
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	public static IFile fileOf(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)));
	}

	/** The workspace file behind an editor's document, or null for a document outside the workspace. */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null || buffer.getLocation().segmentCount() < 2) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? file : null;
	}

	public static boolean isJourneyFile(IResource resource) {
		return resource instanceof IFile && JourneyUi.FILE_EXTENSION.equals(resource.getFileExtension());
	}

	public static List<IFile> journeyFiles(IContainer container) {
		List<IFile> files = new ArrayList<>();
		try {
			container.accept(resource -> {
				if (isJourneyFile(resource) && resource.isAccessible()) {
					files.add((IFile) resource);
				}
				return !resource.getName().equals("target") && !resource.getName().startsWith(".");
			});
		} catch (CoreException e) {
			JourneyUi.log("Cannot list the journey files of " + container.getFullPath(), e);
		}
		return files;
	}

	/** A fresh resource set holding every .journey file of the project, except the one named. */
	public static XtextResourceSet projectResourceSet(IProject project, URI except) {
		XtextResourceSet resourceSet = JourneyUi.injector().getInstance(XtextResourceSet.class);
		if (project != null && project.isAccessible()) {
			for (IFile file : journeyFiles(project)) {
				URI uri = uriOf(file);
				if (!uri.equals(except)) {
					load(resourceSet, file);
				}
			}
		}
		return resourceSet;
	}

	public static XtextResource load(XtextResourceSet resourceSet, IFile file) {
		return parse(resourceSet, uriOf(file), readText(file).orElse(""));
	}

	/** The file's text as it is on disk (UTF-8); empty, and logged, when it cannot be read. */
	public static Optional<String> readText(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException | CoreException e) {
			JourneyUi.log("Cannot read " + file.getFullPath(), e);
			return Optional.empty();
		}
	}

	public static XtextResource parse(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			JourneyUi.log("Cannot parse " + uri, e);
		}
		return resource;
	}
}
