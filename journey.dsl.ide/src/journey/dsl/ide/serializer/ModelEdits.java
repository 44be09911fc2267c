package journey.dsl.ide.serializer;

import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A change made to a parsed model outside a diagram session (a quick fix), turned into the one
 * edit of the file's text that says the same: written by the same {@link ModelRecording} as a
 * diagram save, so comments, blank lines and untouched lines stay, new elements are laid out by
 * the formatter and values join the clause that already lists them.
 */
public class ModelEdits {

	/** Replaces {@code length} characters at {@code offset} by {@code text}. */
	public record TextChange(int offset, int length, String text) {
	}

	@Inject
	private Provider<ModelRecording> recordings;

	/**
	 * Runs the change on the resource's model and returns the edit of the text it was parsed from;
	 * empty when the text stays as it is. Fails with {@link IllegalStateException} when the changed
	 * model would be written as text that does not parse.
	 */
	public Optional<TextChange> edit(XtextResource resource, Runnable change) {
		ModelRecording recording = recordings.get();
		recording.start(resource);
		try {
			change.run();
			return difference(recording.originalText(), recording.text());
		} finally {
			recording.stop();
		}
	}

	/** The single replacement, between the common start and the common end, that turns one text into the other. */
	static Optional<TextChange> difference(String before, String after) {
		int start = 0;
		int limit = Math.min(before.length(), after.length());
		while (start < limit && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		if (start == before.length() && start == after.length()) {
			return Optional.empty();
		}
		int end = 0;
		while (end < limit - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		return Optional.of(new TextChange(start, before.length() - end - start, after.substring(start, after.length() - end)));
	}
}
