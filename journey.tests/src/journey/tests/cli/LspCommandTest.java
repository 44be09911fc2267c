package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.cli.lsp.LspCommand;

/**
 * `journey lsp` speaks LSP: it initialises, publishes diagnostics for a broken file, answers the
 * render and export commands, and shuts down and exits cleanly.
 */
class LspCommandTest {

	@TempDir
	Path workspace;

	/** A client that keeps every diagnostics notification and ignores everything else. */
	private static final class RecordingClient implements LanguageClient {
		final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}

	@Test
	void aBrokenFileGetsDiagnosticsAndShutdownThenExitEndsTheServer() throws Exception {
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
		CompletableFuture<Integer> server = LspCommand.start(serverIn, serverOut);

		RecordingClient client = new RecordingClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
		launcher.startListening();
		LanguageServer remote = launcher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		String root = workspace.toUri().toString();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "workspace")));
		setRootUri(init, root);
		// like any editor, the client says it runs commands, or Xtext registers none
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setExecuteCommand(new ExecuteCommandCapabilities());
		capabilities.setWorkspace(workspaceCapabilities);
		init.setCapabilities(capabilities);
		assertTrue(remote.initialize(init).get(30, TimeUnit.SECONDS).getCapabilities().getTextDocumentSync() != null);
		remote.initialized(new InitializedParams());

		String uri = workspace.resolve("broken.journey").toUri().toString();
		remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri, "journey", 1, "journey J {\n\tpersona Nobody\n\tstage S {\n}\n")));
		PublishDiagnosticsParams published = awaitDiagnosticsFor("broken.journey", client);
		assertFalse(published.getDiagnostics().isEmpty(), published.toString());

		// the report commands answer a journey's page and exports, as journey render and export write them
		String good = workspace.resolve("good.journey").toUri().toString();
		remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(good, "journey", 1,
				"persona P\njourney Good \"Good one\" {\n\tpersona P\n\tstage S {\n\t\tstep A { feels 1 }\n\t}\n}\n")));
		Object page = remote.getWorkspaceService().executeCommand(new ExecuteCommandParams("journey.render", List.of(good, "Good"))).get(30, TimeUnit.SECONDS);
		assertTrue(String.valueOf(page).contains("<h1>Good one</h1>") && String.valueOf(page).contains("Journey map"), String.valueOf(page));
		Object mermaid = remote.getWorkspaceService().executeCommand(new ExecuteCommandParams("journey.export", List.of(good, "Good", "mermaid")))
				.get(30, TimeUnit.SECONDS);
		assertTrue(String.valueOf(mermaid).startsWith("journey\n"), String.valueOf(mermaid));
		Object unknown = remote.getWorkspaceService().executeCommand(new ExecuteCommandParams("journey.render", List.of(good, "Nope"))).get(30, TimeUnit.SECONDS);
		assertEquals("error: " + good + " declares no journey Nope", unknown);

		remote.shutdown().get(30, TimeUnit.SECONDS);
		remote.exit();
		assertEquals(0, server.get(30, TimeUnit.SECONDS));
		close(clientOut, clientIn);
	}

	/** Xtext's workspace manager still reads the root URI that LSP 3.6 deprecated, as clients keep sending it. */
	@SuppressWarnings("deprecation")
	private static void setRootUri(InitializeParams init, String root) {
		init.setRootUri(root);
	}

	/** Waits for the first non-empty diagnostics of the file: the server may publish an empty list first. */
	private static PublishDiagnosticsParams awaitDiagnosticsFor(String file, RecordingClient client) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			PublishDiagnosticsParams params = client.diagnostics.poll(1, TimeUnit.SECONDS);
			if (params != null && params.getUri().endsWith(file) && !params.getDiagnostics().isEmpty()) {
				return params;
			}
		}
		throw new AssertionError("no diagnostics for " + file + " within 30 seconds");
	}

	private static void close(AutoCloseable... streams) throws IOException {
		for (AutoCloseable stream : streams) {
			try {
				stream.close();
			} catch (Exception e) {
				// already closed by the other side
			}
		}
	}
}
