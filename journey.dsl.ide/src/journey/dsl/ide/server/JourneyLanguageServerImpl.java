package journey.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, for clients that send no root URI. Xtext needs one even when the client
 * names workspace folders (rootUri is deprecated since LSP 3.6 in favour of them), and fails the
 * initialize request without it. The first workspace folder stands in for the root; with neither,
 * an empty folder does, so that an editor with a single open file still gets every service.
 */
public class JourneyLanguageServerImpl extends LanguageServerImpl {

	@Override
	@SuppressWarnings("deprecation") // rootUri and rootPath are what Xtext reads
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getRootUri() == null && params.getRootPath() == null) {
			if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
				params.setRootUri(params.getWorkspaceFolders().get(0).getUri());
			} else {
				try {
					params.setRootUri(Files.createTempDirectory("journey-lsp-no-workspace-").toUri().toString());
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return super.initialize(params);
	}
}
