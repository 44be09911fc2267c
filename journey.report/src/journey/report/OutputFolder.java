package journey.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The folder that a render, an export or an import writes into. Each file appears whole or not at
 * all (written to a temporary file beside it, then renamed over the target), as readable as any
 * other file, and never over one of the input files.
 */
public final class OutputFolder {

	/** Nothing could be written; the message says why, in words an analyst can act on. */
	public static final class OutputException extends Exception {
		private static final long serialVersionUID = 1L;

		OutputException(String message) {
			super(message);
		}
	}

	private final Path folder;
	private final Set<Path> inputs;

	private OutputFolder(Path folder, Set<Path> inputs) {
		this.folder = folder;
		this.inputs = inputs;
	}

	/** Creates the folder if needed and proves that files can be created in it. */
	public static OutputFolder open(Path folder, Collection<Path> inputs) throws OutputException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new OutputException("cannot write to the output folder " + absolute + ": it is a file, not a folder");
		}
		try {
			Files.createDirectories(absolute);
			Path probe = Files.createTempFile(absolute, ".journey-", ".tmp");
			Files.delete(probe);
		} catch (IOException | SecurityException e) {
			throw new OutputException("cannot write to the output folder " + absolute + ": " + reason(e));
		}
		return new OutputFolder(absolute, inputs.stream().map(OutputFolder::canonical).collect(Collectors.toSet()));
	}

	public Path folder() {
		return folder;
	}

	/** Writes a file of the folder, whole, as UTF-8; returns where. */
	public Path write(String name, String content) throws OutputException {
		Path target = folder.resolve(name).normalize();
		if (inputs.contains(canonical(target))) {
			throw new OutputException("refusing to write " + target + ": it is one of the input files");
		}
		try {
			writeWhole(target, content);
			return target;
		} catch (IOException e) {
			throw new OutputException("cannot write " + target + ": " + reason(e));
		}
	}

	/** Takes a file that another program made (a PDF, a picture) into the folder, whole; returns where. */
	public Path adopt(String name, Path made) throws OutputException {
		Path target = folder.resolve(name).normalize();
		if (inputs.contains(canonical(target))) {
			throw new OutputException("refusing to write " + target + ": it is one of the input files");
		}
		try {
			place(target, temp -> Files.copy(made, temp, StandardCopyOption.REPLACE_EXISTING));
			return target;
		} catch (IOException e) {
			throw new OutputException("cannot write " + target + ": " + reason(e));
		}
	}

	private interface Filler {
		void fill(Path temp) throws IOException;
	}

	private static void writeWhole(Path target, String text) throws IOException {
		place(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
	}

	/** Fills a temporary file beside the target, then renames it over the target. */
	private static void place(Path target, Filler filler) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
		try {
			filler.fill(temp);
			try {
				// temporary files are private to their owner; a written file is as readable as any other
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system: the platform's usual permissions apply
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static Path canonical(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			return absolute.toRealPath();
		} catch (IOException e) {
			return absolute;
		}
	}

	private static String reason(Exception e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
			return "a file is in the way of the folder";
		}
		if (e instanceof NoSuchFileException) {
			return "the folder cannot be created there";
		}
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
