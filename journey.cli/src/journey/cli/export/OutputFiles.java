package journey.cli.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import journey.cli.AtomicWrite;

/**
 * Where the export and import commands write: each file appears whole or not at all (written to
 * a temporary file beside it, then renamed), and never over one of the input files.
 */
final class OutputFiles {

	/** Why nothing could be written; the command reports it and exits with 2. */
	static final class OutputException extends Exception {
		private static final long serialVersionUID = 1L;

		OutputException(String message) {
			super(message);
		}
	}

	private final Set<Path> inputs = new HashSet<>();

	OutputFiles(Collection<Path> inputs) {
		for (Path input : inputs) {
			this.inputs.add(canonical(input));
		}
	}

	/** Makes sure the folder exists and can be written to. */
	static void prepareFolder(Path folder) throws OutputException {
		try {
			Files.createDirectories(folder);
		} catch (FileAlreadyExistsException e) {
			throw new OutputException("cannot write to the output folder " + folder + ": it is a file, not a folder");
		} catch (AccessDeniedException e) {
			throw new OutputException("cannot create the output folder " + folder + ": permission denied");
		} catch (IOException e) {
			throw new OutputException("cannot create the output folder " + folder + ": " + e.getMessage());
		}
		if (!Files.isWritable(folder)) {
			throw new OutputException("cannot write to the output folder " + folder + ": permission denied");
		}
	}

	/** Writes the text to the file atomically; refuses to replace an input file. */
	void write(Path file, String text) throws OutputException {
		if (inputs.contains(canonical(file))) {
			throw new OutputException("refusing to write " + file + ": it is one of the input files");
		}
		try {
			AtomicWrite.writeUtf8(file, text);
		} catch (IOException e) {
			throw new OutputException("cannot write " + file + ": " + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()));
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
}
