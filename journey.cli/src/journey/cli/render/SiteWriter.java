package journey.cli.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import journey.cli.AtomicWrite;

/**
 * Writes the rendered files into the output folder, each atomically (a temporary file in the same
 * folder, then a rename), so a reader never sees half a page. It refuses to replace an input file.
 */
final class SiteWriter {

	/** The output cannot be written; the message says why, in words an analyst can act on. */
	static final class OutputException extends Exception {
		private static final long serialVersionUID = 1L;

		OutputException(String message) {
			super(message);
		}
	}

	private final Path folder;
	private final Set<Path> inputs;

	private SiteWriter(Path folder, Set<Path> inputs) {
		this.folder = folder;
		this.inputs = inputs;
	}

	/** Creates the folder if needed and proves that files can be created in it. */
	static SiteWriter open(Path folder, Collection<Path> inputs) throws OutputException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new OutputException(absolute + " exists and is not a folder");
		}
		try {
			Files.createDirectories(absolute);
			Path probe = Files.createTempFile(absolute, ".journey-render-", ".tmp");
			Files.delete(probe);
		} catch (IOException | SecurityException e) {
			throw new OutputException("cannot write to " + absolute + " (" + reason(e) + ")");
		}
		return new SiteWriter(absolute, inputs.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet()));
	}

	private static String reason(Exception e) {
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
			return "a file is in the way of the folder";
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "the folder cannot be created there";
		}
		if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	Path folder() {
		return folder;
	}

	Path write(String name, String content) throws OutputException {
		Path target = folder.resolve(name).normalize();
		if (inputs.contains(target)) {
			throw new OutputException("refusing to overwrite the input file " + target);
		}
		try {
			AtomicWrite.writeUtf8(target, content);
			return target;
		} catch (IOException e) {
			throw new OutputException("cannot write " + target + " (" + reason(e) + ")");
		}
	}
}
