package journey.tests.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import journey.cli.JourneyCli;
import picocli.CommandLine;

/** Runs the `journey` command in-process and keeps what it printed, for the command tests. */
public final class CliRun {

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	/** Runs one command line and returns its exit code; output accumulates across runs. */
	public int run(String... args) {
		CommandLine cli = JourneyCli.commandLine();
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		return cli.execute(args);
	}

	public String out() {
		return out.toString();
	}

	public String err() {
		return err.toString();
	}
}
