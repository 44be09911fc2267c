package journey.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.swt.graphics.Image;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;
import journey.dsl.ui.builder.JourneyMarkers;

/**
 * Quick fixes for the builder's problem markers (Problems view, Ctrl+1 on a marker): the ide
 * bundle's fixes, applied to the file through its text file buffer and saved.
 */
public class JourneyMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		// Cheap on purpose: the Problems view asks for every marker to decide on the light bulb.
		return marker.getAttribute(JourneyMarkers.CODE, null) != null && JourneyQuickFixes.available();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		List<IMarkerResolution> result = new ArrayList<>();
		IFile file = (IFile) marker.getResource();
		withDocument(file, document -> ParsedDocument.use(document, parsed -> {
			int start = marker.getAttribute(IMarker.CHAR_START, 0);
			int end = marker.getAttribute(IMarker.CHAR_END, start);
			for (CodeAction fix : JourneyQuickFixes.fixes(parsed, diagnostic(parsed, marker, start, end - start))) {
				result.add(new Resolution(fix.getTitle(), file, start, marker.getAttribute(JourneyMarkers.CODE, null)));
			}
		}));
		return result.toArray(IMarkerResolution[]::new);
	}

	static Diagnostic diagnostic(ParsedDocument parsed, IMarker marker, int offset, int length) {
		String data = marker.getAttribute(JourneyMarkers.DATA, null);
		return JourneyQuickFixes.diagnostic(parsed, marker.getAttribute(JourneyMarkers.CODE, null),
				data == null ? null : JourneyMarkers.splitData(data), marker.getAttribute(IMarker.MESSAGE, ""), offset, length,
				marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR) == IMarker.SEVERITY_ERROR);
	}

	/** The fix a resolution applies, with the parse whose positions its edits are in. */
	private record Chosen(CodeAction fix, ParsedDocument parsed) {
	}

	interface DocumentWork {
		void run(IDocument document) throws BadLocationException, CoreException;
	}

	/** Runs work on the file's shared document (the open editor's, if any) and saves it afterwards. */
	static void withDocument(IFile file, DocumentWork work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				// A file with unsaved changes stays unsaved: the fix joins the user's edits.
				boolean wasDirty = buffer.isDirty();
				work.run(buffer.getDocument());
				if (!wasDirty && buffer.isDirty()) {
					buffer.commit(new NullProgressMonitor(), true);
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			}
		} catch (CoreException | BadLocationException e) {
			JourneyUi.log("Cannot change " + file.getFullPath(), e);
		}
	}

	/** One fix, recomputed when it runs so that it applies to the file's current text. */
	static final class Resolution implements IMarkerResolution2 {
		private final String label;
		private final IFile file;
		private final int offset;
		private final String code;

		Resolution(String label, IFile file, int offset, String code) {
			this.label = label;
			this.file = file;
			this.offset = offset;
			this.code = code;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			withDocument(file, document -> {
				Chosen chosen = ParsedDocument.read(document, parsed -> {
					int start = marker.exists() ? marker.getAttribute(IMarker.CHAR_START, offset) : offset;
					int end = marker.exists() ? marker.getAttribute(IMarker.CHAR_END, start) : start;
					Diagnostic diagnostic = marker.exists() ? diagnostic(parsed, marker, start, end - start)
							: JourneyQuickFixes.diagnostic(parsed, code, null, label, start, end - start, true);
					return JourneyQuickFixes.fixes(parsed, diagnostic).stream().filter(fix -> fix.getTitle().equals(label)).findFirst()
							.map(fix -> new Chosen(fix, parsed)).orElse(null);
				});
				// the edit is made outside the models' lock: the document's listeners parse again
				if (chosen != null) {
					JourneyQuickFixes.apply(chosen.fix(), chosen.parsed(), document);
				}
			});
		}
	}
}
