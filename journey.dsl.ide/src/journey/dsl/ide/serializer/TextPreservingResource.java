package journey.dsl.ide.serializer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import journey.dsl.resource.JourneyResource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.SaveOptions;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A .journey resource for model editors (the Sirius diagrams): saving it changes its text only
 * where the model changed since it was read. Comments, blank lines and the layout of untouched
 * lines stay as they were; new and changed elements are laid out as the formatter lays them out.
 * A resource that was never read from text (a new file) is written whole, formatted.
 */
public class TextPreservingResource extends JourneyResource {

	@Inject
	private Provider<ModelRecording> recordings;

	private ModelRecording recording;

	/** Why the text that was read cannot take model changes; null when it can, or when it was never read. */
	private String unrecordable;
	/** That text, which a save without changes writes back as it was. */
	private String unrecordableText;
	private boolean changedSinceRead;

	/** Every parse (load, reparse, an editor's partial update) gives the recording a new starting text. */
	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		stopRecording();
		super.updateInternalState(oldParseResult, newParseResult);
		unrecordable = null;
		if (newParseResult != null && newParseResult.getRootNode() != null && !getContents().isEmpty()) {
			try {
				recording = recordings.get();
				recording.start(this);
			} catch (RuntimeException cannot) {
				// Xtext's text regions fail on some texts with errors (a property given twice); the text
				// still loads and shows its errors, but model changes cannot be written back into it
				recording = null;
				unrecordable = cannot.getMessage() == null ? cannot.toString() : cannot.getMessage();
				unrecordableText = newParseResult.getRootNode().getText();
				changedSinceRead = false;
				getContents().get(0).eAdapters().add(new EContentAdapter() {
					@Override
					public void notifyChanged(Notification notification) {
						super.notifyChanged(notification);
						if (!notification.isTouch() && notification.getEventType() != Notification.RESOLVE) {
							changedSinceRead = true;
						}
					}
				});
			}
		}
	}

	@Override
	protected void doUnload() {
		stopRecording();
		super.doUnload();
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		if (unrecordable != null && !changedSinceRead) {
			setEncodingFromOptions(options);
			outputStream.write(unrecordableText.getBytes(Charset.forName(getEncoding())));
			return;
		}
		if (unrecordable != null) {
			// writing the model whole would lose the layout and comments of a file that was read from text
			throw new IOException("Cannot save changes into " + getURI().lastSegment() + ": its text has errors that keep them from being written in ("
					+ unrecordable + "). Fix the errors in the journey editor, then edit again.");
		}
		if (recording == null || !recording.isRecording()) {
			Map<Object, Object> formatted = new HashMap<>(options == null ? Map.of() : options);
			SaveOptions.newBuilder().format().getOptions().addTo(formatted);
			super.doSave(outputStream, formatted);
			return;
		}
		setEncodingFromOptions(options);
		outputStream.write(textToSave().getBytes(Charset.forName(getEncoding())));
	}

	/** The text a save writes now. Fails, leaving the file alone, when changes cannot be written into text with syntax errors. */
	public String textToSave() throws IOException {
		if (!recording.hasChanges()) {
			return recording.originalText();
		}
		if (getParseResult().hasSyntaxErrors()) {
			Resource.Diagnostic first = getErrors().get(0);
			throw new IOException("Cannot save the changes into " + getURI().lastSegment() + ": its text has a syntax error at line "
					+ first.getLine() + " (" + first.getMessage() + "). Fix the text in the journey editor, then edit again.");
		}
		try {
			return recording.text();
		} catch (RuntimeException e) {
			throw new IOException("Cannot write the changes into " + getURI().lastSegment() + " as journey text: "
					+ (e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
	}

	private void stopRecording() {
		if (recording != null) {
			recording.stop();
			recording = null;
		}
	}
}
