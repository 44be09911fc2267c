package journey.tests.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import journey.dsl.model.Journey;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.replay.DuckDbEngine;
import journey.replay.LogSimulator;
import journey.replay.PlannedPaths;
import journey.replay.Replay;
import journey.replay.ReplayResult;
import journey.tests.analytics.ExampleJourneys;

/** Event logs replayed against the webshop journey on DuckDB: a small log checked by hand, and simulated ones whose shares come back. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ReplayTest {

	@Inject
	private ExampleJourneys examples;

	@TempDir
	Path dir;

	private static final String SMALL_LOG = """
			case,timestamp,activity,channel,outcome
			A,2026-03-01T10:00:00,Banner,Social,ok
			A,2026-03-02T10:00:00,HomePage,Shop,ok
			A,2026-03-02T11:00:00,ProductPage,Shop,ok
			B,2026-03-01T09:00:00,Banner,Social,ok
			B,2026-03-05T09:00:00,Phoned us,,ok
			C,2026-03-01T12:00:00,webshop.FirstOrder.HomePage,Chat,failed
			D,yesterday,Banner,,ok
			,2026-03-01T10:00:00,Banner,,ok
			""";

	private PlannedPaths webshop() {
		return new PlannedPaths(examples.get("webshop.FirstOrder"), Map.of());
	}

	private ReplayResult replay(Path log, PlannedPaths plan) throws Exception {
		try (DuckDbEngine engine = new DuckDbEngine()) {
			return Replay.run(engine, log, plan);
		}
	}

	private static ReplayResult.Branch branch(ReplayResult result, String from, String to) {
		return result.branches().stream().filter(b -> b.from().getName().equals(from) && (to == null ? b.to() == null : b.to() != null && b.to().getName().equals(to)))
				.findFirst().orElseThrow(() -> new AssertionError("no branch " + from + " -> " + to + " in " + result.branches()));
	}

	@Test
	void aSmallLogGivesTheFiguresWorkedOutByHand() throws Exception {
		ReplayResult result = replay(Files.writeString(dir.resolve("small.csv"), SMALL_LOG), webshop());
		// Six good rows of three cases (A, B, C); D's timestamp and the row without a case are skipped.
		assertEquals(6, result.summary().events());
		assertEquals(3, result.summary().cases());
		assertEquals(2, result.summary().skippedRows());
		assertEquals(List.of(new ReplayResult.BadRow(7, "timestamp", "'yesterday' is not a timestamp; write it as ISO 8601, e.g. 2026-03-01T10:15:00 or 2026-03-01"),
				new ReplayResult.BadRow(8, "case", "no case id")), result.summary().badRows());
		// SeeAd: A and B; VisitShop: A and C (by its qualified name); Browse: A.
		assertEquals(List.of(2L, 2L, 1L, 0L), result.steps().stream().limit(4).map(ReplayResult.StepCount::cases).toList());
		assertEquals(1, branch(result, "SeeAd", "VisitShop").count());
		assertEquals(0.5, branch(result, "SeeAd", "VisitShop").share());
		assertEquals(16.0, branch(result, "SeeAd", "VisitShop").declared());
		assertEquals("drops", branch(result, "SeeAd", null).kind(), "B's call is ad hoc, so B ends at SeeAd");
		assertEquals("next", branch(result, "VisitShop", "Browse").kind());
		// Variants, one case each, in name order.
		assertEquals(List.of("SeeAd", "SeeAd > VisitShop > Browse", "VisitShop"),
				result.variants().stream().map(variant -> String.join(" > ", variant.steps())).toList());
		// Awareness: A spends 1 day and 1 hour (SeeAd at 10:00 to Browse the next day at 11:00), B and C none;
		// the median of 0, 0 and 25/24 is 0 and the 90th percentile is 0.8 x 25/24 = 0.8333.
		ReplayResult.DurationRow awareness = result.stageDurations().get(0);
		assertEquals("Awareness", awareness.stage().getName());
		assertEquals(0.0, awareness.p50Days(), 1e-9);
		assertEquals(0.8 * 25 / 24, awareness.p90Days(), 1e-9);
		// C's home page was on the chat channel and failed; B's call is an ad-hoc touchpoint.
		ReplayResult.TouchpointDeviations home = result.deviations().stream().filter(row -> row.touchpoint().getName().equals("HomePage")).findFirst()
				.orElseThrow();
		assertEquals(2, home.events());
		assertEquals(1, home.otherChannel());
		assertEquals(1, home.failed());
		assertEquals(List.of(new ReplayResult.AdHoc("Phoned us", 1, 1)), result.adHoc());
		// Fitness: A 3 events, no deviation: 1; B 2 events, 1 ad hoc: 0.5; C 1 event on another channel and failed: 0. Mean 0.5.
		assertEquals(0.5, result.fitness().mean(), 1e-9);
		assertEquals(1.0 / 3, result.fitness().perfectShare(), 1e-9);
		// No case completed the journey; all three dropped out.
		assertEquals(0.0, result.kpis().conversion());
		assertEquals(1.0, result.kpis().dropOutRate());
	}

	@Test
	void parquetGivesTheSameFiguresAsCsv() throws Exception {
		Path csv = Files.writeString(dir.resolve("small.csv"), SMALL_LOG);
		Path parquet = dir.resolve("small.parquet");
		try (DuckDbEngine engine = new DuckDbEngine()) {
			engine.execute("COPY (SELECT * FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
		}
		assertEquals(replay(csv, webshop()), replay(parquet, webshop()));
	}

	@Test
	void aLogWithoutATimestampColumnIsRefusedWithItsColumns() throws Exception {
		Path log = Files.writeString(dir.resolve("bad.csv"), "case,when,activity\nA,2026-03-01,Banner\n");
		Replay.ReplayException error = assertThrows(Replay.ReplayException.class, () -> replay(log, webshop()));
		assertTrue(error.getMessage().startsWith("bad.csv has no timestamp column (its columns are: case, when, activity); name it timestamp."), error.getMessage());
	}

	@Test
	void aMappingFileNamesTheLogsOwnLabels() throws Exception {
		Path log = Files.writeString(dir.resolve("labels.csv"), "case,timestamp,activity\nA,2026-03-01,ad_click\nA,2026-03-02,landing\n");
		Path mapping = Files.writeString(dir.resolve("map.txt"), "# the tracker's names\nad_click = Banner\nlanding = VisitShop\n");
		ReplayResult result = replay(log, new PlannedPaths(examples.get("webshop.FirstOrder"), PlannedPaths.readMapping(mapping)));
		assertEquals(1, branch(result, "SeeAd", "VisitShop").count());
		assertTrue(result.adHoc().isEmpty());
	}

	@Test
	void aMappingToAnUnknownElementIsRefused() throws Exception {
		Path mapping = Files.writeString(dir.resolve("map.txt"), "ad_click = Billboard\n");
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new PlannedPaths(examples.get("webshop.FirstOrder"), PlannedPaths.readMapping(mapping)));
		assertEquals("the mapping sends 'ad_click' to Billboard, which is no step or touchpoint of webshop.FirstOrder", error.getMessage());
	}

	@Test
	void aSimulatedLogGivesBackTheDeclaredSharesWithinSamplingError() throws Exception {
		PlannedPaths plan = webshop();
		Path log = simulate(plan, 20_000, LogSimulator.Rates.NONE);
		ReplayResult result = replay(log, plan);
		assertEquals(20_000, result.summary().cases());
		int checked = 0;
		for (ReplayResult.Branch branch : result.branches()) {
			double declaredTotal = plan.paths().stream().filter(path -> path.from() == branch.from() && path.share() != null)
					.mapToDouble(path -> path.share().doubleValue()).sum();
			long visits = result.steps().stream().filter(row -> row.step() == branch.from()).findFirst().orElseThrow().visits();
			if (branch.declared() == null || declaredTotal > 100 || visits < 500) {
				continue; // Reorder's shares add up to 112%: the simulator scales them
			}
			double p = branch.declared() / 100;
			double sigma = Math.sqrt(p * (1 - p) / visits);
			assertTrue(Math.abs(branch.share() - p) <= 4 * sigma + 1e-9,
					branch.from().getName() + " " + branch.kind() + ": " + branch.share() + " against " + p + " (" + visits + " visits)");
			checked++;
		}
		assertTrue(checked >= 8, "branches checked: " + checked);
		assertTrue(result.branches().stream().noneMatch(branch -> branch.kind().equals("undeclared")));
		assertEquals(1.0, result.fitness().mean(), 1e-9, "a log without deviations fits");
	}

	@Test
	void simulatedDeviationsAreFoundAtTheirRates() throws Exception {
		PlannedPaths plan = webshop();
		ReplayResult result = replay(simulate(plan, 20_000, new LogSimulator.Rates(0, 0.05, 0.1, 0.02)), plan);
		long events = result.deviations().stream().mapToLong(ReplayResult.TouchpointDeviations::events).sum();
		long otherChannel = result.deviations().stream().mapToLong(ReplayResult.TouchpointDeviations::otherChannel).sum();
		long failed = result.deviations().stream().mapToLong(ReplayResult.TouchpointDeviations::failed).sum();
		long visits = result.steps().stream().mapToLong(ReplayResult.StepCount::visits).sum();
		assertEquals(0.1, (double) otherChannel / events, 4 * Math.sqrt(0.1 * 0.9 / events));
		assertEquals(0.02, (double) failed / events, 4 * Math.sqrt(0.02 * 0.98 / events));
		assertEquals(0.05, (double) result.adHoc().get(0).events() / visits, 4 * Math.sqrt(0.05 * 0.95 / visits));
		assertTrue(result.fitness().mean() < 1);
	}

	@Test
	void theSameSeedWritesTheSameLog() throws Exception {
		Journey journey = examples.get("webshop.FirstOrder");
		StringWriter first = new StringWriter();
		StringWriter second = new StringWriter();
		LogSimulator.write(new PlannedPaths(journey, Map.of()), 100, 7, LogSimulator.Rates.NONE, first);
		LogSimulator.write(new PlannedPaths(journey, Map.of()), 100, 7, LogSimulator.Rates.NONE, second);
		assertEquals(first.toString(), second.toString());
	}

	private Path simulate(PlannedPaths plan, long cases, LogSimulator.Rates rates) throws Exception {
		Path log = dir.resolve("simulated.csv");
		try (var writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			LogSimulator.write(plan, cases, 42, rates, writer);
		}
		return log;
	}
}
