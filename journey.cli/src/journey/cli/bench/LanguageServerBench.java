package journey.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import journey.dsl.ide.server.JourneyLanguageServer;

/**
 * The language server as an editor meets it, on one long file: start-up, time from opening the
 * file to its diagnostics, completion and hover latency, and diagnostics after an edit. Server and
 * client talk LSP over pipes, each with its own LSP4J endpoint, as `journey lsp` and an editor do.
 */
final class LanguageServerBench implements LanguageClient {

	private static final int REQUESTS = 50;
	private static final int EDITS = 20;

	private final String text;
	private final Path folder;
	private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

	LanguageServerBench(String text, Path folder) {
		this.text = text;
		this.folder = folder;
	}

	void run(BenchCommand bench) throws Exception {
		System.gc(); // a server in this JVM starts on a heap without the garbage of the workspaces measured before
		Path file = Files.writeString(folder.resolve("long.journey"), text);
		String uri = file.toUri().toString();
		// From ./journey the server is its own `journey lsp` process, as an editor runs it; inside OSGi it runs in this JVM.
		Process process = null;
		CompletableFuture<Integer> exit;
		InputStream clientIn;
		OutputStream clientOut;
		if (CommandLineProcess.available()) {
			process = CommandLineProcess.languageServer(folder.resolve("server.log"));
			clientIn = process.getInputStream();
			clientOut = process.getOutputStream();
			exit = process.onExit().thenApply(Process::exitValue);
		} else {
			PipedOutputStream toServer = new PipedOutputStream();
			PipedInputStream serverIn = BenchCommand.pipe(toServer);
			PipedOutputStream serverOut = new PipedOutputStream();
			clientIn = BenchCommand.pipe(serverOut);
			clientOut = toServer;
			exit = JourneyLanguageServer.start(serverIn, serverOut, binder -> {
			});
		}
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();

		long start = System.nanoTime();
		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "bench")));
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(5, TimeUnit.MINUTES);
		server.initialized(new InitializedParams());
		long initialized = System.nanoTime() - start;
		diagnosticsFor(uri, 300);
		bench.row("language server: initialize and first build", seconds(initialized),
				text.lines().count() + " lines; " + (process != null ? "a `journey lsp` process" : "a server in this JVM"));
		diagnostics.clear();

		start = System.nanoTime();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "journey", 1, text)));
		diagnosticsFor(uri, 300);
		bench.row("language server: didOpen to diagnostics", seconds(System.nanoTime() - start), "");

		Position inStep = position("\t\t\tthinks \"Is this the right place?\"", text.length() / 2, 3);
		Position onPersona = position("\tpersona Customer", 0, 10);
		Position afterSupportedBy = position("\t\t\t\tsupported by Pr0.A0", text.length() / 2, 17);
		bench.row("language server: completion of keywords in a step", completion(server, uri, inStep), "");
		bench.row("language server: completion of activities", completion(server, uri, afterSupportedBy), "");
		List<Long> hover = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			long begin = System.nanoTime();
			server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), onPersona)).get(1, TimeUnit.MINUTES);
			hover.add(System.nanoTime() - begin);
		}
		bench.row("language server: hover on a reference", BenchCommand.millis(hover), "");
		List<Long> edits = new ArrayList<>();
		String current = text;
		// the first edits warm the server up, as an editing session does; the later ones are measured
		for (int version = 2; version < 2 + 2 * EDITS; version++) {
			current = current.replaceFirst("A feeling\"", "A feeling " + version + "\"");
			diagnostics.clear();
			long begin = System.nanoTime();
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
					List.of(new TextDocumentContentChangeEvent(current))));
			diagnosticsFor(uri, 60);
			if (version >= 2 + EDITS) {
				edits.add(System.nanoTime() - begin);
			}
		}
		bench.row("language server: diagnostics after an edit", BenchCommand.millis(edits), "after " + EDITS + " edits to warm up");
		server.shutdown().get(1, TimeUnit.MINUTES);
		server.exit();
		exit.get(1, TimeUnit.MINUTES);
	}

	/** The latency of completion at the position, measured after as many requests to warm up. */
	private static String completion(LanguageServer server, String uri, Position position) throws Exception {
		List<Long> nanos = new ArrayList<>();
		int proposals = 0;
		for (int i = 0; i < 2 * REQUESTS; i++) {
			long begin = System.nanoTime();
			var answer = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), position)).get(1, TimeUnit.MINUTES);
			if (i >= REQUESTS) {
				nanos.add(System.nanoTime() - begin);
			}
			proposals = answer.isLeft() ? answer.getLeft().size() : answer.getRight().getItems().size();
		}
		return BenchCommand.millis(nanos) + ", " + proposals + " proposals";
	}

	private void diagnosticsFor(String uri, int seconds) throws InterruptedException, IOException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			PublishDiagnosticsParams published = diagnostics.poll(100, TimeUnit.MILLISECONDS);
			if (published != null && published.getUri().equals(uri)) {
				return;
			}
		}
		throw new IOException("no diagnostics for " + uri + " within " + seconds + " s");
	}

	/** The position of a column in the first line equal to {@code line} at or after {@code from}. */
	private Position position(String line, int from, int column) {
		int offset = text.indexOf("\n" + line + "\n", from) + 1;
		if (offset <= 0) {
			offset = text.indexOf("\n" + line + "\n") + 1;
		}
		int lineNumber = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(lineNumber, column);
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
	}

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
