package journey.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;

import journey.dsl.ide.serializer.ModelEdits;

/**
 * A fix that changes an element of any file, not only the diagnostic's own (Xtext's modifications
 * only edit that one): applied, it loads the element's file afresh, changes the element and
 * returns the edit of that file's text that {@link ModelEdits} makes of the change.
 */
class ModelEditResolution extends DiagnosticResolution {

	private final Options options;
	private final URI element;
	private final ModelEdits modelEdits;
	private final UriExtensions uris;
	private final Consumer<EObject> change;

	ModelEditResolution(String label, Options options, URI element, ModelEdits modelEdits, UriExtensions uris, Consumer<EObject> change) {
		super(label, null, (ITextModification) null);
		this.options = options;
		this.element = element;
		this.modelEdits = modelEdits;
		this.uris = uris;
		this.change = change;
	}

	@Override
	public WorkspaceEdit apply() {
		ResourceSet fresh = options.getLanguageServerAccess().newLiveScopeResourceSet(options.getResource().getURI());
		EObject target = fresh.getEObject(element, true);
		XtextResource file = (XtextResource) target.eResource();
		Document document = new Document(1, file.getParseResult().getRootNode().getText());
		List<TextEdit> edits = modelEdits.edit(file, () -> change.accept(target))
				.map(edit -> List.of(new TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length())),
						edit.text())))
				.orElse(List.of());
		return new WorkspaceEdit(Map.of(uris.toUriString(file.getURI()), edits));
	}
}
