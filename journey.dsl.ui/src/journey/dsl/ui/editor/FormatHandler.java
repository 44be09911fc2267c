package journey.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;
import journey.dsl.ui.quickfix.JourneyQuickFixes;

/** Format (Ctrl+Shift+F): the text edits of the ide formatting service, applied as one change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor) {
			try {
				format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
			} catch (ResponseErrorException cannot) {
				// the text has an error the formatter cannot work around: say which, where the user looks
				editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(cannot.getMessage());
			}
		}
		return null;
	}

	/** The edits that format a parse, with the parse whose positions they are in. */
	private record Formatted(ParsedDocument parsed, List<? extends TextEdit> edits) {
	}

	/** Formats a whole journey document; returns false when the formatter changed nothing. A text it cannot format throws, saying why. */
	public static boolean format(IDocument document) {
		Formatted formatted = ParsedDocument.read(document, parsed -> {
			DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(parsed.uri()),
					new FormattingOptions(4, false));
			return new Formatted(parsed, JourneyUi.injector().getInstance(FormattingService.class)
					.format(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl));
		});
		if (formatted.edits().isEmpty()) {
			return false;
		}
		// One undo step. Not a rewrite session: the reconciler skips the changes made inside one, and
		// the diagnostics and colours would stay those of the unformatted text.
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			JourneyQuickFixes.applyEdits(formatted.parsed(), document, formatted.edits());
		} catch (BadLocationException e) {
			JourneyUi.log("Formatting failed", e);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
		return true;
	}
}
