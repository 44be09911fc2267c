package journey.report;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import journey.dsl.ide.serializer.ModelRecording;

/**
 * Changes an existing .journey file through its model and returns its new text, as a diagram save
 * writes it: only where the model changed, with comments, blank lines and untouched lines kept.
 * The file is loaded with its neighbours, so that its references to them resolve, and with the
 * services whose serializer writes it (a serializer understands only its own grammar's nodes).
 * `journey import --update` and `journey replay --update` come here.
 */
public final class TextUpdate {

	/** A file that cannot be changed: unreadable, not parsed, or with a syntax error. */
	public static final class UpdateException extends Exception {
		private static final long serialVersionUID = 1L;

		public UpdateException(String message) {
			super(message);
		}
	}

	/** A change of the model read from the file; the workspace it was loaded in is at hand. */
	@FunctionalInterface
	public interface Change {
		void apply(XtextResource file, Workspace workspace) throws UpdateException;
	}

	private TextUpdate() {
	}

	/** The file's text after the change; the file itself is not written. */
	public static String changed(Path target, String why, Change change) throws UpdateException {
		Path file = target.toAbsolutePath().normalize();
		Workspace workspace = Workspace.load(List.of(file.getParent()), Workspace.editingInjector());
		XtextResource text = workspace.files().entrySet().stream().filter(entry -> entry.getValue().equals(file))
				.map(entry -> (XtextResource) entry.getKey()).findFirst()
				.orElseThrow(() -> new UpdateException("cannot read " + file + ": " + workspace.problems().stream()
						.filter(problem -> problem.file().toAbsolutePath().normalize().equals(file)).map(Workspace.InputProblem::message)
						.findFirst().orElse("it is not a .journey file")));
		if (text.getParseResult() == null || text.getContents().isEmpty()) {
			throw new UpdateException("cannot read " + file);
		}
		if (text.getParseResult().hasSyntaxErrors()) {
			INode error = text.getParseResult().getSyntaxErrors().iterator().next();
			throw new UpdateException(file + " has a syntax error at line " + error.getStartLine() + "; fix it first: " + why);
		}
		ModelRecording recording = Workspace.editingInjector().getInstance(ModelRecording.class);
		recording.start(text);
		try {
			change.apply(text, workspace);
			return recording.text();
		} catch (IllegalStateException e) {
			throw new UpdateException("cannot write the changes into " + file + ": " + e.getMessage());
		} finally {
			recording.stop();
		}
	}
}
