package journey.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Finds the bundled examples (the repository's examples/ folder) and loads them together, so that
 * their cross-file references resolve as they do for an analyst.
 */
public final class Examples {

	private Examples() {
	}

	/** The examples folder: -Djourney.examples, or the nearest examples/ above the working directory. */
	public static Path folder() {
		String configured = System.getProperty("journey.examples");
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured).toAbsolutePath().normalize();
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("examples");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No examples/ folder above " + Paths.get("").toAbsolutePath());
	}

	public static List<Path> files() {
		try (Stream<Path> walk = Files.walk(folder())) {
			List<Path> files = walk.filter(p -> p.toString().endsWith(".journey")).sorted().toList();
			if (files.isEmpty()) {
				throw new IllegalStateException("No .journey files in " + folder());
			}
			return files;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads every example into the resource set and resolves all cross-references. */
	public static List<Resource> loadAll(ResourceSet resourceSet) {
		List<Resource> resources = files().stream()
				.map(file -> resourceSet.getResource(URI.createFileURI(file.toString()), true))
				.toList();
		EcoreUtil.resolveAll(resourceSet);
		return resources;
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
