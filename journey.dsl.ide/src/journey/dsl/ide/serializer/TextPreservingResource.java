package journey.dsl.ide.serializer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
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
public class TextPreservingResource extends LazyLinkingResource {

	@Inject
	private Provider<ModelRecording> recordings;

	private ModelRecording recording;

	/** Every parse (load, reparse, an editor's partial update) gives the recording a new starting text. */
	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		stopRecording();
		super.updateInternalState(oldParseResult, newParseResult);
		if (newParseResult != null && newParseResult.getRootNode() != null && !getContents().isEmpty()) {
			recording = recordings.get();
			recording.start(this);
		}
	}

	@Override
	protected void doUnload() {
		stopRecording();
		super.doUnload();
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
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
