package journey.cli.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.replay.LogSimulator;
import journey.replay.PlannedPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `journey simulate`: writes an event log that follows a journey's shares and durations, with deviations at chosen rates. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = { "Writes a CSV event log (case, timestamp, activity, channel, outcome) whose cases follow the journey's flows by their shares "
				+ "and its stages' typical durations, with missing, ad-hoc, other-channel and failed touchpoints at the chosen rates.",
				"The same --seed gives the same log. For tests and benchmarks of journey replay." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:written", "1:the journey's files have syntax or reference errors", "2:bad usage, no such journey, or a file that cannot be written" })
public class SimulateCommand implements Callable<Integer> {

	@Option(names = "--journey", required = true, paramLabel = "NAME", description = "The journey to follow, by qualified or simple name.")
	String journeyName;

	@Option(names = "--in", paramLabel = "FILE|DIR", defaultValue = ".", description = "Where the journey is. Default: the current folder.")
	Path in;

	@Option(names = "--cases", required = true, paramLabel = "N", description = "How many cases to write.")
	long cases;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The CSV file to write; an existing file is replaced.")
	Path output;

	@Option(names = "--seed", defaultValue = "1", description = "The random seed. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Option(names = "--missing", defaultValue = "0", description = "The chance that a touchpoint is skipped (0..1).")
	double missing;

	@Option(names = "--ad-hoc", defaultValue = "0", description = "The chance, per step visit, of an unplanned contact (0..1).")
	double adHoc;

	@Option(names = "--other-channel", defaultValue = "0", description = "The chance that a touchpoint happens on another channel (0..1).")
	double otherChannel;

	@Option(names = "--failed", defaultValue = "0", description = "The chance that a touchpoint fails (0..1).")
	double failed;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		for (double rate : new double[] { missing, adHoc, otherChannel, failed }) {
			if (rate < 0 || rate > 1) {
				err.println("journey simulate: a rate is a chance between 0 and 1, not " + rate);
				return JourneyCli.BAD_INPUT;
			}
		}
		if (cases < 1) {
			err.println("journey simulate: --cases must be at least 1");
			return JourneyCli.BAD_INPUT;
		}
		JourneyChoice choice = JourneyChoice.find(in, journeyName, err, spec.name());
		if (choice.exitCode() != 0) {
			return choice.exitCode();
		}
		Path target = output.toAbsolutePath().normalize();
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
			long events;
			try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16)) {
				events = LogSimulator.write(new PlannedPaths(choice.journey(), Map.of()), cases, seed,
						new LogSimulator.Rates(missing, adHoc, otherChannel, failed), writer);
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(temporary);
				throw e;
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.println("journey simulate: wrote " + events + " events of " + cases + " cases to " + JourneyInput.display(target));
			return 0;
		} catch (IOException | IllegalArgumentException e) {
			err.println("journey simulate: cannot write " + JourneyInput.display(target) + ": " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
	}
}
