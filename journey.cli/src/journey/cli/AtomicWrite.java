package journey.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a text file whole or not at all: into a temporary file beside it, then renamed over the
 * target, so that a reader never sees half a file. Every command that writes files uses it.
 */
public final class AtomicWrite {

	private AtomicWrite() {
	}

	public static void writeUtf8(Path target, String text) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
		try {
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			readableByAll(temp);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Temporary files are private to their owner; a written file should be as readable as any other. */
	private static void readableByAll(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: the platform's usual permissions apply
		}
	}
}
