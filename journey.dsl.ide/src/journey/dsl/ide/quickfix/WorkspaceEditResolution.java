package journey.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;

/**
 * A fix whose edit is computed while it is offered and may touch another file than the one with the
 * diagnostic (Xtext's text modifications only edit the diagnostic's own file).
 */
class WorkspaceEditResolution extends DiagnosticResolution {

	private final String uri;
	private final TextEdit edit;

	WorkspaceEditResolution(String label, String uri, TextEdit edit) {
		super(label, null, (ITextModification) null);
		this.uri = uri;
		this.edit = edit;
	}

	@Override
	public WorkspaceEdit apply() {
		return new WorkspaceEdit(Map.of(uri, List.of(edit)));
	}
}
