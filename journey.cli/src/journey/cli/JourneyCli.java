package journey.cli;

import journey.cli.render.RenderCommand;
import journey.cli.analyze.AnalyzeCommand;
import journey.cli.bench.BenchCommand;
import journey.cli.export.ExportCommand;
import journey.cli.export.ImportCommand;
import journey.cli.diff.DiffCommand;
import journey.cli.replay.ReplayCommand;
import journey.cli.replay.SimulateCommand;
import journey.cli.replay.ReplayBenchCommand;
import journey.cli.lsp.LspCommand;
import journey.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `journey` command: validates, renders, analyses and exports journey models outside the IDE. */
@Command(name = "journey", mixinStandardHelpOptions = true, version = "journey 0.1.0",
		description = "Works with customer-journey models (.journey files).",
		subcommands = { ValidateCommand.class,
				AnalyzeCommand.class,
				RenderCommand.class,
				ExportCommand.class,
				ImportCommand.class,
				DiffCommand.class,
				ReplayCommand.class,
				SimulateCommand.class,
				ReplayBenchCommand.class,
				LspCommand.class,
				BenchCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the models have errors", "2:bad usage or unreadable input" })
public class JourneyCli implements Runnable {

	/** Exit code when the models have errors. */
	public static final int MODEL_ERRORS = 1;
	/** Exit code for bad usage or input that cannot be read (picocli's usage code). */
	public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	public static CommandLine commandLine() {
		return new CommandLine(new JourneyCli()).setCaseInsensitiveEnumValuesAllowed(true);
	}
}
