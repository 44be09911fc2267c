package journey.dsl.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import journey.dsl.ui.JourneyUi;

/**
 * Toggle comment (Ctrl+/): comments the selected lines out with the grammar's line comment
 * ("//", from Xtext's common terminals), or back in when all of them already are.
 */
public class ToggleCommentHandler extends AbstractHandler {

	static final String PREFIX = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				toggle(document, selection.getStartLine(), selection.getEndLine());
			} catch (BadLocationException e) {
				JourneyUi.log("Toggle comment failed", e);
			}
		}
		return null;
	}

	public static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean allCommented = true;
		for (int line = firstLine; line <= lastLine; line++) {
			IRegion info = document.getLineInformation(line);
			String text = document.get(info.getOffset(), info.getLength());
			if (!text.isBlank() && !text.stripLeading().startsWith(PREFIX)) {
				allCommented = false;
			}
		}
		for (int line = lastLine; line >= firstLine; line--) {
			IRegion info = document.getLineInformation(line);
			String text = document.get(info.getOffset(), info.getLength());
			if (allCommented) {
				int at = text.indexOf(PREFIX);
				if (at >= 0) {
					int length = text.startsWith(PREFIX + " ", at) ? PREFIX.length() + 1 : PREFIX.length();
					document.replace(info.getOffset() + at, length, "");
				}
			} else if (!text.isBlank() || firstLine == lastLine) {
				document.replace(info.getOffset(), 0, PREFIX + " ");
			}
		}
	}
}
