package journey.cli.lsp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import journey.dsl.ide.server.JourneyLanguageServer;

import picocli.CommandLine.Command;

/** `journey lsp`: serves the journey language over stdin and stdout to any LSP client (VS Code, Neovim, ...). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the journey language server on stdin/stdout for any LSP client.",
				"Point your editor's LSP client (VS Code, Neovim, ...) at `journey lsp` for .journey files. Logs go to stderr." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the client sent shutdown and exit, or closed the connection", "1:the client sent exit without shutdown" })
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		InputStream in = System.in;
		PrintStream out = System.out;
		// Stdout carries the protocol: anything else printed there by accident would corrupt it.
		System.setOut(System.err);
		return JourneyLanguageServer.start(in, out).get();
	}
}
