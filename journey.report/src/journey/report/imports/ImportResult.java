package journey.report.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import is going to write: the text of each .journey file it makes or changes, and its
 * summary. Nothing is written yet; the command line and the Studio write the files, and only with
 * the user's consent where a file exists already.
 */
public record ImportResult(List<FileText> files, ImportSummary summary) {

	/** A file's new text, and whether the file exists now (and so would be changed). */
	public record FileText(Path path, String text, String before) {

		public static FileText of(Path path, String text) {
			try {
				return new FileText(path, text, Files.exists(path) ? Files.readString(path) : null);
			} catch (java.io.IOException e) {
				return new FileText(path, text, "");
			}
		}

		public boolean exists() {
			return before != null;
		}

		/** Whether writing the text would change the file. */
		public boolean changes() {
			return !text.equals(before);
		}
	}

	/** The files that exist and would be changed. */
	public List<FileText> overwritten() {
		return files.stream().filter(file -> file.exists() && file.changes()).toList();
	}

	/** The files that writing would make or change. */
	public List<FileText> written() {
		return files.stream().filter(FileText::changes).toList();
	}
}
