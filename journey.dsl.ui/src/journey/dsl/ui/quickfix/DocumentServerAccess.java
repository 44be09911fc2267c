package journey.dsl.ui.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.ParsedDocument;

/**
 * What the ide quick fixes may ask of "the language server", answered from the editor's parse:
 * the document being fixed and the other files of its project, already loaded next to it.
 */
final class DocumentServerAccess implements ILanguageServerAccess {

	private final ParsedDocument parsed;

	DocumentServerAccess(ParsedDocument parsed) {
		this.parsed = parsed;
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		if (uri == null || uri.equals(parsed.uri())) {
			return function.apply(new Context(parsed.resource(), parsed.document(), true, CancelIndicator.NullImpl));
		}
		Resource resource = parsed.resource().getResourceSet().getResource(URI.createURI(uri), true);
		String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText() : "";
		return function.apply(new Context(resource, new Document(1, text), false, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		IResourceDescriptions index = JourneyUi.injector().getInstance(ResourceDescriptionsProvider.class)
				.getResourceDescriptions(parsed.resource().getResourceSet());
		return CompletableFuture.completedFuture(function.apply(new IndexContext(index, CancelIndicator.NullImpl)));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// The workbench builder does not report to language-server listeners.
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	/** A quick fix changes the models in it: a fresh copy of the project's, never the models that the editors share. */
	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		URI document = parsed.resource().getURI();
		XtextResourceSet fresh = JourneyResources.projectResourceSet(parsed.file() == null ? null : parsed.file().getProject(), document);
		JourneyResources.parse(fresh, document, parsed.document().getContents());
		return fresh;
	}

	@Override
	public InitializeParams getInitializeParams() {
		return new InitializeParams();
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}
}
