package journey.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Injector;

import journey.dsl.JourneyStandaloneSetup;

/**
 * The .journey files named on the command line, loaded together so that references between
 * them resolve. Input that cannot be read becomes an {@link InputProblem}, never an exception.
 */
public final class Workspace {

	/** Input that could not be loaded: a missing file, an empty folder, a file that is not UTF-8. */
	public record InputProblem(Path file, int line, int column, String message) {
	}

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final Map<Resource, Path> files = new java.util.LinkedHashMap<>();
	private final List<InputProblem> problems = new ArrayList<>();

	private Workspace(XtextResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Loads every .journey file found in the given files and folders, and resolves all references. */
	public static Workspace load(List<Path> inputs) {
		return load(inputs, injector());
	}

	/**
	 * Loads the files with the services of the given injector: the one whose serializer is going to
	 * write them, since a serializer only understands the node model of its own grammar instance.
	 */
	public static Workspace load(List<Path> inputs, Injector services) {
		XtextResourceSet resourceSet = services.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", services.getInstance(IResourceFactory.class));
		Workspace workspace = new Workspace(resourceSet);
		for (Path input : inputs) {
			workspace.collect(input);
		}
		workspace.index();
		EcoreUtil.resolveAll(workspace.resourceSet);
		return workspace;
	}

	public Map<Resource, Path> files() {
		return files;
	}

	public List<InputProblem> problems() {
		return problems;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * Indexes the exported names of all files once, so that each reference is looked up by name
	 * instead of by scanning every file: linking stays linear in the size of the workspace.
	 */
	private void index() {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : files.keySet()) {
			IResourceDescription.Manager manager = ((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager();
			descriptions.add(manager.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
	}

	private void collect(Path input) {
		if (!Files.exists(input)) {
			problems.add(new InputProblem(input, 0, 0, "no such file or folder"));
			return;
		}
		if (Files.isDirectory(input)) {
			List<Path> found;
			try (Stream<Path> walk = Files.walk(input)) {
				found = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".journey")).sorted().toList();
			} catch (IOException e) {
				problems.add(new InputProblem(input, 0, 0, "cannot list the folder: " + e.getMessage()));
				return;
			}
			if (found.isEmpty()) {
				problems.add(new InputProblem(input, 0, 0, "the folder holds no .journey files"));
			}
			found.forEach(this::loadFile);
			return;
		}
		if (!input.getFileName().toString().endsWith(".journey")) {
			problems.add(new InputProblem(input, 0, 0, "not a .journey file; journey reads .journey files and folders that hold them"));
			return;
		}
		loadFile(input);
	}

	private void loadFile(Path file) {
		Path normalized = file.toAbsolutePath().normalize();
		if (files.containsValue(normalized)) {
			return;
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(normalized);
		} catch (IOException e) {
			problems.add(new InputProblem(file, 0, 0, "cannot read the file: " + e.getMessage()));
			return;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			problems.add(notUtf8(file, bytes));
			return;
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(normalized.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			problems.add(new InputProblem(file, 0, 0, "cannot parse the file: " + e.getMessage()));
			return;
		}
		files.put(resource, normalized);
	}

	/** Points at the first byte that is not UTF-8, so the analyst can find it. */
	private static InputProblem notUtf8(Path file, byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		int line = 1;
		int column = 1;
		int offset = 0;
		while (offset < bytes.length) {
			int length = sequenceLength(bytes[offset]);
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, offset, Math.min(length, bytes.length - offset)));
			} catch (CharacterCodingException e) {
				return new InputProblem(file, line, column, String.format(
						"the file is not UTF-8 text (byte 0x%02X cannot be read); save it as UTF-8", bytes[offset] & 0xFF));
			}
			if (bytes[offset] == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
			offset += length;
		}
		return new InputProblem(file, 0, 0, "the file is not UTF-8 text; save it as UTF-8");
	}

	private static int sequenceLength(byte first) {
		int b = first & 0xFF;
		if (b >= 0xF0) {
			return 4;
		}
		if (b >= 0xE0) {
			return 3;
		}
		return b >= 0xC0 ? 2 : 1;
	}
}
