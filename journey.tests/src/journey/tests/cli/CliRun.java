package journey.tests.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import journey.cli.JourneyCli;
import picocli.CommandLine;

/** Runs the `journey` command in-process and keeps what it printed to stdout and stderr. */
final class CliRun {

	final StringWriter out = new StringWriter();
	final StringWriter err = new StringWriter();

	int run(String... args) {
		CommandLine cli = JourneyCli.commandLine();
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		return cli.execute(args);
	}

	String out() {
		return out.toString();
	}

	String err() {
		return err.toString();
	}
}
