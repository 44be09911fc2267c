package journey.replay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.dsl.model.Journey;
import journey.replay.DuckDbEngine;
import journey.replay.LogSimulator;
import journey.replay.PlannedPaths;
import journey.replay.Replay;
import journey.replay.ReplayReport;
import journey.replay.ReplayResult;
import journey.replay.SqlEngine;
import journey.report.Workspace;

/** The same queries on Spark in local mode and on DuckDB give the same figures, from CSV and from Parquet. */
class SparkEngineTest {

	private static SparkEngine spark;

	@TempDir
	static Path dir;

	private static PlannedPaths webshop;

	@BeforeAll
	static void start() {
		spark = new SparkEngine("local[2]");
		Workspace workspace = Workspace.load(List.of(Path.of(System.getProperty("journey.examples", "../examples")).resolve("webshop")));
		Journey journey = workspace.files().keySet().stream().flatMap(resource -> ((journey.dsl.model.JourneyModel) resource.getContents().get(0)).getJourneys().stream())
				.findFirst().orElseThrow();
		webshop = new PlannedPaths(journey, Map.of());
	}

	@AfterAll
	static void stop() {
		spark.close();
	}

	/** The JSON of the figures, every number to nine decimals: the engines sum floating-point numbers in their own order. */
	private static String figures(SqlEngine engine, Path log) throws Exception {
		ReplayResult result = Replay.run(engine, log, webshop);
		return ReplayReport.json(result, "webshop.FirstOrder", log.getFileName().toString()).replaceAll("(\\d+\\.\\d{9})\\d+", "$1");
	}

	private static Path simulatedLog() throws Exception {
		Path log = dir.resolve("events.csv");
		try (Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			LogSimulator.write(webshop, 3000, 11, new LogSimulator.Rates(0.03, 0.03, 0.05, 0.02), writer);
			writer.write("X,not a time,Banner,Social,ok\n,2026-03-01T10:00:00,Banner,Social,ok\n");
		}
		return log;
	}

	@Test
	void sparkAndDuckDbGiveIdenticalFiguresOnASimulatedLog() throws Exception {
		Path log = simulatedLog();
		String duckDb;
		try (DuckDbEngine engine = new DuckDbEngine()) {
			duckDb = figures(engine, log);
		}
		String onSpark = figures(spark, log);
		assertTrue(duckDb.contains("\"skippedRows\" : 2"), duckDb);
		assertEquals(duckDb, onSpark);
	}

	@Test
	void sparkReadsParquetAsDuckDbDoes() throws Exception {
		Path csv = simulatedLog();
		Path parquet = dir.resolve("events.parquet");
		String duckDb;
		try (DuckDbEngine engine = new DuckDbEngine()) {
			engine.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
			duckDb = figures(engine, parquet);
		}
		assertEquals(duckDb, figures(spark, parquet));
	}
}
