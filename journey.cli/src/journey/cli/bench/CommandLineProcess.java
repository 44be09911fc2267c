package journey.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import journey.cli.JourneyCli;

/** Runs the command line in a new JVM with this JVM's class path, heap limit and CPUs and the launcher's options, as a user's shell would. */
final class CommandLineProcess {

	private CommandLineProcess() {
	}

	/** Whether this JVM was started from a plain class path that holds the command line (./journey), not inside OSGi. */
	static boolean available() {
		try {
			return ClassLoader.getSystemClassLoader().loadClass(JourneyCli.class.getName()) != null;
		} catch (ClassNotFoundException e) {
			return false;
		}
	}

	/** Runs {@code journey <arguments>}; returns its exit code, or throws with its output if it fails. */
	static String run(String... arguments) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command(true, arguments)).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("journey " + String.join(" ", arguments) + " did not end within 10 minutes");
		}
		int exit = process.exitValue();
		if (exit > 1) {
			throw new IOException("journey " + String.join(" ", arguments) + " failed with exit code " + exit + ":\n" + new String(output));
		}
		return "exit code " + exit;
	}

	/** Starts {@code journey lsp} as an editor starts it: its own process, spoken to over its standard input and output. */
	static Process languageServer(Path log) throws IOException {
		return new ProcessBuilder(command(false, "lsp")).redirectError(log.toFile()).start();
	}

	private static List<String> command(boolean shortCommand, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
		if (Runtime.version().feature() >= 23) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		// the options ./journey gives the command (the start-up cache among them), so that the row measures what a user runs
		String launcherOptions = System.getenv(shortCommand ? "JOURNEY_COMMAND_JVM_OPTIONS" : "JOURNEY_SERVER_JVM_OPTIONS");
		if (launcherOptions != null && !launcherOptions.isBlank()) {
			command.addAll(List.of(launcherOptions.strip().split("\\s+")));
		}
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(JourneyCli.class.getName());
		command.addAll(List.of(arguments));
		return command;
	}
}
