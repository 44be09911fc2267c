package journey.cli.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import journey.replay.DuckDbEngine;
import journey.replay.LogSimulator;
import journey.replay.PlannedPaths;
import journey.replay.Replay;
import journey.replay.ReplayResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `journey replay-bench`: simulated logs of the given sizes replayed on DuckDB, from CSV and from
 * Parquet, with events per second and memory. A benchmark that prints figures, never a test.
 */
@Command(name = "replay-bench", mixinStandardHelpOptions = true,
		description = { "Simulates logs of the given numbers of events on a journey (with 2%% of each deviation), replays each from CSV and from "
				+ "Parquet on DuckDB, and prints seconds, events per second, the JVM's peak heap and the process's peak resident memory.",
				"The logs are written to a temporary folder and deleted afterwards." })
public class ReplayBenchCommand implements Callable<Integer> {

	@Option(names = "--events", split = ",", defaultValue = "1000000", paramLabel = "N", description = "Sizes of the logs in events. Default: ${DEFAULT-VALUE}.")
	List<Long> sizes;

	@Option(names = "--journey", defaultValue = "webshop.FirstOrder", paramLabel = "NAME", description = "The journey. Default: ${DEFAULT-VALUE}.")
	String journeyName;

	@Option(names = "--in", defaultValue = "examples", paramLabel = "FILE|DIR", description = "Where the journey is. Default: ${DEFAULT-VALUE}.")
	Path in;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		JourneyChoice choice = JourneyChoice.find(in, journeyName, err, spec.name());
		if (choice.exitCode() != 0) {
			return choice.exitCode();
		}
		PlannedPaths plan = new PlannedPaths(choice.journey(), Map.of());
		LogSimulator.Rates rates = new LogSimulator.Rates(0.02, 0.02, 0.02, 0.02);
		StringWriter sample = new StringWriter();
		double eventsPerCase = LogSimulator.write(plan, 10_000, 1, rates, sample) / 10_000.0;
		Path folder = Files.createTempDirectory("journey-replay-bench");
		out.printf(Locale.ROOT, "%s, %.2f events per case, %d processors, DuckDB memory limit %s%n", journeyName, eventsPerCase,
				Runtime.getRuntime().availableProcessors(), System.getProperty("journey.replay.memory", "DuckDB's default (80% of the memory)"));
		out.printf(Locale.ROOT, "%12s  %7s  %10s  %9s  %12s  %9s  %12s  %9s  %9s%n", "events", "cases", "log MB", "write s", "csv replay s", "csv ev/s",
				"parquet s", "pq ev/s", "peak RSS MB");
		out.flush();
		try {
			for (long size : sizes) {
				long cases = Math.max(1, Math.round(size / eventsPerCase));
				Path csv = folder.resolve("events-" + size + ".csv");
				long start = System.nanoTime();
				long events;
				try (Writer writer = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 20)) {
					events = LogSimulator.write(plan, cases, 7, rates, writer);
				}
				double write = seconds(start);
				Path parquet = folder.resolve("events-" + size + ".parquet");
				try (DuckDbEngine engine = new DuckDbEngine()) {
					engine.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
				}
				double csvSeconds = timeReplay(csv, plan, events);
				double parquetSeconds = timeReplay(parquet, plan, events);
				out.printf(Locale.ROOT, "%12d  %7d  %10.1f  %9.1f  %12.2f  %9.0f  %12.2f  %9.0f  %9d%n", events, cases, Files.size(csv) / 1e6, write, csvSeconds,
						events / csvSeconds, parquetSeconds, events / parquetSeconds, peakResidentMegabytes());
				out.flush();
				Files.deleteIfExists(csv);
				Files.deleteIfExists(parquet);
			}
		} finally {
			Files.deleteIfExists(folder);
		}
		out.printf(Locale.ROOT, "JVM peak heap %d MB%n", peakHeapMegabytes());
		return 0;
	}

	private static double timeReplay(Path log, PlannedPaths plan, long events) throws Exception {
		long start = System.nanoTime();
		try (DuckDbEngine engine = new DuckDbEngine()) {
			ReplayResult result = Replay.run(engine, log, plan);
			if (result.summary().events() + result.summary().skippedRows() != events) {
				throw new IllegalStateException("replayed " + result.summary().events() + " of " + events + " events");
			}
		}
		return seconds(start);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/** The process's peak resident memory (JVM and DuckDB's native memory together), from /proc; 0 where there is none. */
	private static long peakResidentMegabytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		} catch (IOException | NumberFormatException e) {
			// not Linux: no figure
		}
		return 0;
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}
}
