package journey.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;

/**
 * Fuzzes the whole pipeline from the examples and the corpus: 30 seconds in every build, longer
 * with {@code ./mvnw verify -Pfuzz} (-Djourney.fuzz.seconds, -Djourney.fuzz.seed). Each distinct
 * failure is minimized into target/fuzz-findings; once fixed, it moves into fuzz-corpus/, which
 * {@link FuzzCorpusTest} replays.
 */
class FuzzSmokeTest {

	@TempDir
	Path scratch;

	@Test
	void mutatedJourneysNeitherCrashNorHangNorChangeOnARoundTrip() throws Exception {
		long seconds = Long.getLong("journey.fuzz.seconds", 30);
		long seed = Long.getLong("journey.fuzz.seed", 20261129L);
		Path findings = Path.of("target", "fuzz-findings").toAbsolutePath();
		Fuzzer.Report report = new Fuzzer(scratch, 10_000).run(Fuzzer.seeds(Examples.folder(), FuzzCorpusTest.corpus()), seed, seconds, findings);
		System.out.printf("fuzz: seed %d, %d inputs in %d s (%.0f/s), %d distinct failure(s), %d hang(s)%n", seed, report.inputs(), report.seconds(),
				report.inputs() / (double) Math.max(1, report.seconds()), report.findings().size(), report.hangs());
		new java.util.TreeMap<>(report.reached()).forEach((stage, count) -> System.out.printf("fuzz: reached %-28s %d%n", stage, count));
		report.findings().forEach((signature, input) -> System.out.printf("fuzz finding: %s%n%s%n", signature, input));
		assertEquals(java.util.List.of(), java.util.List.copyOf(report.findings().keySet()), "minimized inputs are in " + findings);
	}
}
