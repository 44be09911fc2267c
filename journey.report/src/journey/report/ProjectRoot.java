package journey.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the project of a .journey file begins, so that a file named alone on the command line (a
 * pre-commit hook names only the files that changed) is checked with the files it imports from.
 * The root is the nearest folder, from the file's own folder upwards, that holds a
 * {@value #MARKER} file or an Eclipse {@code .project}; without one, the root of the version
 * control checkout (.git, .hg, .svn). A file outside any project is read with the files beside it.
 */
public final class ProjectRoot {

	/** The file that marks a folder as the root of a journey project; it may be empty. */
	public static final String MARKER = ".journey-project";

	private static final List<String> PROJECT_FILES = List.of(MARKER, ".project");
	private static final List<String> VERSION_CONTROL = List.of(".git", ".hg", ".svn");

	private ProjectRoot() {
	}

	/** The project root of a file, or null when it lies in no project. */
	public static Path of(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		for (Path current = folder; current != null; current = current.getParent()) {
			for (String marker : PROJECT_FILES) {
				if (Files.isRegularFile(current.resolve(marker))) {
					return current;
				}
			}
		}
		for (Path current = folder; current != null; current = current.getParent()) {
			for (String marker : VERSION_CONTROL) {
				if (Files.exists(current.resolve(marker))) {
					return current;
				}
			}
		}
		return null;
	}

	/** Whether a file under the root lies in a folder that holds no sources: hidden folders and build output (target). */
	public static boolean isSkipped(Path root, Path file) {
		Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			String name = relative.getName(i).toString();
			if (name.startsWith(".") || name.equals("target")) {
				return true;
			}
		}
		return false;
	}
}
