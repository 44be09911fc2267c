package journey.cli.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.dsl.model.JourneyModel;
import journey.replay.DuckDbEngine;
import journey.report.DisplayText;
import journey.replay.MeasuredFigures;
import journey.replay.PlannedPaths;
import journey.replay.Replay;
import journey.replay.ReplayReport;
import journey.replay.ReplayResult;
import journey.replay.SqlEngine;
import journey.report.OutputFolder;
import journey.report.TextUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey replay`: replays an event log against a journey and prints what really happened. */
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = { "Replays an event log (CSV or Parquet, one row per event: case, timestamp, activity, and optionally channel, outcome, score) "
				+ "against a journey's flows, on an embedded DuckDB.",
				"Prints the actual funnel per step and branch with shares, where cases end, stage and step durations (p50, p90) against the "
						+ "stage targets, the most frequent variants, CJML deviations per touchpoint, fitness, and the KPIs that events measure.",
				"Activities name a step or touchpoint (qualified, or by its name in the journey); --mapping maps the log's own labels. "
						+ "Bad rows are listed by row and column and skipped, and counted." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:replayed", "1:the journey's files have syntax or reference errors",
				"2:bad usage, a log or mapping that cannot be read, or no such journey" })
public class ReplayCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "EVENTS", description = "The event log: a .csv or .parquet file.")
	Path events;

	@Option(names = "--journey", required = true, paramLabel = "NAME", description = "The journey to replay against, by qualified or simple name.")
	String journeyName;

	@Option(names = "--in", paramLabel = "FILE|DIR", defaultValue = ".", description = "Where the journey is: a .journey file or a folder. Default: the current folder.")
	Path in;

	@Option(names = "--mapping", paramLabel = "FILE", description = "Lines of 'log label = Step or Touchpoint' for labels the journey does not use.")
	Path mapping;

	@Option(names = "--json", description = "Print the figures as JSON instead of text tables.")
	boolean json;

	/** Where the SQL runs. */
	public enum Engine {
		duckdb, spark
	}

	@Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "duckdb",
			description = "duckdb (embedded, the default) or spark (the same queries on Apache Spark, built in journey.replay.spark).")
	Engine engine;

	@Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]", description = "For --engine spark: local[*] or a cluster's master URL. Default: ${DEFAULT-VALUE}.")
	String master;

	@Option(names = "--update", description = "Write the measured reached counts, and dated measurements of the KPIs that events measure, into the journey's file (minimal edits).")
	boolean update;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(events)) {
			err.println("journey replay: " + JourneyInput.display(events) + ": no such file");
			return JourneyCli.BAD_INPUT;
		}
		JourneyChoice choice = JourneyChoice.find(in, journeyName, err, spec.name());
		if (choice.exitCode() != 0) {
			return choice.exitCode();
		}
		PlannedPaths plan;
		try {
			plan = new PlannedPaths(choice.journey(), mapping == null ? Map.of() : PlannedPaths.readMapping(mapping));
		} catch (IOException | IllegalArgumentException e) {
			err.println("journey replay: " + (mapping == null ? "" : JourneyInput.display(mapping) + ": ") + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
		ReplayResult result;
		try (SqlEngine sql = open()) {
			result = Replay.run(sql, events, plan);
		} catch (Replay.ReplayException e) {
			err.println("journey replay: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		} catch (SQLException | ReflectiveOperationException | LinkageError e) {
			err.println("journey replay: cannot start " + engine + ": " + (e instanceof ClassNotFoundException
					? "Spark is not on the class path; build it with ./mvnw -pl journey.replay.spark -am package -DskipTests (./mvnw verify builds it too)"
					: e.getMessage()));
			return JourneyCli.BAD_INPUT;
		}
		String name = DisplayText.qualifiedName(choice.journey());
		out.print(json ? ReplayReport.json(result, name, JourneyInput.display(events)) : ReplayReport.text(result, name, JourneyInput.display(events)));
		if (!result.summary().badRows().isEmpty() && json) {
			err.print(ReplayReport.badRows(result.summary()));
		}
		out.flush();
		err.flush();
		return update ? update(result, choice, out, err) : 0;
	}

	/** The engine chosen; Spark is loaded by name, since no Eclipse bundle may carry it. */
	private SqlEngine open() throws SQLException, ReflectiveOperationException {
		if (engine == Engine.spark) {
			return (SqlEngine) Class.forName("journey.replay.spark.SparkEngine").getConstructor(String.class).newInstance(master);
		}
		return new DuckDbEngine();
	}

	private int update(ReplayResult result, JourneyChoice choice, PrintWriter out, PrintWriter err) {
		Path file = choice.input().fileOf(choice.journey());
		MeasuredFigures.Changes[] changes = new MeasuredFigures.Changes[1];
		try {
			String text = TextUpdate.changed(file, "the update changes only the measured figures", (resource, workspace) -> changes[0] = MeasuredFigures
					.apply(result, (JourneyModel) resource.getContents().get(0), choice.journey().getName(), "journey replay of " + events.getFileName()));
			if (changes[0].lines().isEmpty()) {
				out.println("journey replay: " + JourneyInput.display(file) + " already says what the log measured; left as it is");
			} else {
				OutputFolder.open(file.toAbsolutePath().getParent(), List.of()).write(file.getFileName().toString(), text);
				out.println("journey replay: updated " + JourneyInput.display(file) + ":");
				changes[0].lines().forEach(line -> out.println("  " + line));
			}
			out.flush();
			return 0;
		} catch (TextUpdate.UpdateException | OutputFolder.OutputException e) {
			err.println("journey replay: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
	}
}
