package journey.report.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyModel;
import journey.report.TextUpdate;
import journey.report.Workspace;

/**
 * Where an import writes one .journey file: a new file, made from an empty model of the given
 * package with a first line that says where it came from, or the existing file, changed through its
 * model as minimal edits (comments, layout and untouched lines stay). The import says what goes
 * into the model; the same merge serves both.
 */
public final class ImportTarget {

	/** Makes the file's model say what the input says; the workspace holds the project's other files, and is null for a new file. */
	@FunctionalInterface
	public interface Merge {
		void into(JourneyModel model, Workspace workspace);
	}

	private ImportTarget() {
	}

	/** The target's new text and the summary; nothing is written. */
	public static ImportResult write(Path target, String packageName, String origin, String why, ImportSummary summary, Merge merge)
			throws ImportException {
		if (Files.exists(target)) {
			try {
				String text = TextUpdate.changed(target, why, (file, workspace) -> {
					if (!(file.getContents().get(0) instanceof JourneyModel model)) {
						throw new TextUpdate.UpdateException("cannot read " + target);
					}
					merge.into(model, workspace);
				});
				return new ImportResult(List.of(ImportResult.FileText.of(target, text)), summary);
			} catch (TextUpdate.UpdateException e) {
				throw new ImportException(e.getMessage());
			}
		}
		JourneyModel model = JourneyFactory.eINSTANCE.createJourneyModel();
		model.setName(packageName != null ? packageName : JourneyText.packageFor(target));
		merge.into(model, null);
		return new ImportResult(List.of(ImportResult.FileText.of(target, "// " + origin + "\n" + JourneyText.of(model, target))), summary);
	}
}
