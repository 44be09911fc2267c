package journey.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;

import journey.dsl.ide.server.JourneyLanguageServer;
import journey.report.lsp.ReportCommands;

import picocli.CommandLine.Command;

/**
 * `journey lsp`: serves the journey language over stdin and stdout to any LSP client (VS Code,
 * Neovim, ...), with the commands journey.render and journey.export (workspace/executeCommand).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the journey language server on stdin/stdout for any LSP client.",
				"Point your editor's LSP client (VS Code, Neovim, ...) at `journey lsp` for .journey files. Logs go to stderr.",
				"Commands (workspace/executeCommand): journey.render [uri, journey] answers the journey's HTML page; "
						+ "journey.export [uri, journey, mermaid|csv|markdown] answers the export." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the client sent shutdown and exit, or closed the connection", "1:the client sent exit without shutdown" })
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		InputStream in = System.in;
		PrintStream out = System.out;
		// Stdout carries the protocol: anything else printed there by accident would corrupt it.
		System.setOut(System.err);
		return start(in, out).get();
	}

	/** Serves on the streams as `journey lsp` does: the journey language with journey.report's commands. */
	public static CompletableFuture<Integer> start(InputStream in, OutputStream out) {
		return JourneyLanguageServer.start(in, out, binder -> binder.bind(IExecutableCommandService.class).to(ReportCommands.class));
	}
}
