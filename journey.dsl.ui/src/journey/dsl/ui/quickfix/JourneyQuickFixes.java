package journey.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;
import com.google.inject.Key;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * Asks the ide bundle's quick fix provider (as LSP code actions) for the fixes of one diagnostic
 * and applies a fix's text edits to a document. Shared by the marker resolutions of the Problems
 * view and the quick assists of the editor.
 */
public final class JourneyQuickFixes {

	private JourneyQuickFixes() {
	}

	/** The diagnostic the ide services expect, from what an issue or a marker records. */
	public static Diagnostic diagnostic(ParsedDocument parsed, String code, String[] data, String message, int offset, int length,
			boolean error) {
		Diagnostic diagnostic = new Diagnostic(parsed.range(offset, length), message,
				error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "journey");
		if (code != null) {
			diagnostic.setCode(code);
		}
		if (data != null) {
			diagnostic.setData(data);
		}
		return diagnostic;
	}

	/** The fixes that the ide bundle offers for a diagnostic; none when it binds no quick fixes. */
	public static List<CodeAction> fixes(ParsedDocument parsed, Diagnostic diagnostic) {
		ICodeActionService2 service = service();
		if (service == null || diagnostic.getCode() == null) {
			return List.of();
		}
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		List<Either<Command, CodeAction>> actions;
		synchronized (parsed.lock()) {
			options.setDocument(parsed.document());
			options.setResource(parsed.resource());
			options.setURI(parsed.uri());
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setLanguageServerAccess(new DocumentServerAccess(parsed));
			options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(parsed.uri()), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic))));
			try {
				actions = service.getCodeActions(options);
			} catch (RuntimeException e) {
				JourneyUi.log("Computing quick fixes failed", e);
				return List.of();
			}
		}
		List<CodeAction> result = new ArrayList<>();
		for (Either<Command, CodeAction> action : actions == null ? List.<Either<Command, CodeAction>>of() : actions) {
			if (action.isRight() && action.getRight().getEdit() != null && editsOnly(action.getRight(), parsed.uri())) {
				result.add(action.getRight());
			}
		}
		return result;
	}

	/** Whether the ide bundle offers quick fixes at all. */
	public static boolean available() {
		return service() != null;
	}

	/** Whether a fix only edits the given file: fixes that create or change other files are not offered (yet). */
	private static boolean editsOnly(CodeAction fix, String uri) {
		WorkspaceEdit edit = fix.getEdit();
		if (edit.getChanges() != null && edit.getChanges().keySet().stream().anyMatch(key -> !key.equals(uri))) {
			return false;
		}
		return edit.getDocumentChanges() == null || edit.getDocumentChanges().stream()
				.allMatch(change -> change.isLeft() && uri.equals(change.getLeft().getTextDocument().getUri()));
	}

	private static ICodeActionService2 service() {
		Injector injector = JourneyUi.injector();
		if (injector.getExistingBinding(Key.get(ICodeActionService2.class)) != null) {
			return injector.getInstance(ICodeActionService2.class);
		}
		if (injector.getExistingBinding(Key.get(IQuickFixProvider.class)) != null) {
			return injector.getInstance(QuickFixCodeActionService.class);
		}
		return null;
	}

	/** Applies the edits that a fix makes to the given document (the one it was computed for). */
	public static void apply(CodeAction fix, ParsedDocument parsed, IDocument document) throws BadLocationException {
		List<TextEdit> edits = new ArrayList<>();
		WorkspaceEdit edit = fix.getEdit();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
				edits.addAll(change.getValue());
			}
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					TextDocumentEdit documentEdit = change.getLeft();
					documentEdit.getEdits().stream().filter(e -> e.isLeft()).forEach(e -> edits.add(e.getLeft()));
				}
			}
		}
		applyEdits(parsed, document, edits);
	}

	/** Applies LSP text edits (ranges of the parsed text) to the document, last one first. */
	public static void applyEdits(ParsedDocument parsed, IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		List<? extends TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> parsed.offset(e.getRange().getStart())).reversed());
		for (TextEdit edit : sorted) {
			int start = parsed.offset(edit.getRange().getStart());
			int end = parsed.offset(edit.getRange().getEnd());
			document.replace(start, end - start, edit.getNewText());
		}
	}
}
