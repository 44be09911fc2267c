package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;
import journey.tests.Golden;

/**
 * `journey simulate` and `journey replay` as a user runs them: a seeded log of the webshop
 * replayed as the golden text, its figures written back with --update, and bad input refused
 * with where and why.
 */
class ReplayCommandTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private Path webshopCopy() throws IOException {
		Path project = Files.createDirectories(dir.resolve("webshop"));
		Files.writeString(project.resolve(".journey-project"), "");
		Path journey = project.resolve("webshop.journey");
		Files.copy(Examples.folder().resolve("webshop/webshop.journey"), journey);
		return journey;
	}

	private Path simulated(Path in, int cases) {
		Path log = dir.resolve("events.csv");
		assertEquals(0, cli.run("simulate", "--journey", "webshop.FirstOrder", "--in", in.toString(), "--cases", String.valueOf(cases), "--seed", "3",
				"--missing", "0.02", "--ad-hoc", "0.02", "--other-channel", "0.05", "--failed", "0.01", "-o", log.toString()), cli.err());
		return log;
	}

	@Test
	void aSeededLogReplaysAsTheGoldenTables() {
		Path webshop = Examples.folder().resolve("webshop");
		Path log = simulated(webshop, 3000);
		assertTrue(cli.out().startsWith("journey simulate: wrote "), cli.out());
		CliRun replay = new CliRun();
		assertEquals(0, replay.run("replay", log.toString(), "--journey", "FirstOrder", "--in", webshop.toString()), replay.err());
		Golden.assertMatches("replay/webshop.txt", replay.out().replace(log.toString(), "events.csv"));
	}

	@Test
	void updateWritesTheMeasuredCountsIntoTheJourneyAndTouchesNothingElse() throws IOException {
		Path journey = webshopCopy();
		String before = Files.readString(journey, StandardCharsets.UTF_8);
		Path log = simulated(journey.getParent(), 2000);
		CliRun replay = new CliRun();
		assertEquals(0, replay.run("replay", log.toString(), "--journey", "FirstOrder", "--in", journey.getParent().toString(), "--update"), replay.err());
		assertTrue(replay.out().contains("updated ") && replay.out().contains("  step SeeAd: reached 250000 -> "), replay.out());
		String after = Files.readString(journey, StandardCharsets.UTF_8);
		String measurementDay = replay.out().replaceAll("(?s).*kpi RepeatPurchase: measured [\\d.]+% on (\\d{4}-\\d{2}-\\d{2}).*", "$1");
		List<String> was = before.lines().toList();
		// the KPI had no body: it gets one, with the measurement dated on the log's last day, in percent as the KPI's kind says
		List<String> is = new java.util.ArrayList<>(after.lines().toList());
		int measurement = is.indexOf("\t\t\t" + measurementDay + ": " + replay.out().replaceAll("(?s).*kpi RepeatPurchase: measured ([\\d.]+)% on.*", "$1")
				+ "% from \"journey replay of events.csv\"");
		assertTrue(measurement > 0 && is.get(measurement - 1).endsWith(" {") && is.get(measurement + 1).equals("\t\t}"), after);
		is.remove(measurement + 1);
		is.remove(measurement);
		is.set(measurement - 1, is.get(measurement - 1).substring(0, is.get(measurement - 1).length() - 2));
		assertEquals(was.size(), is.size());
		long changed = 0;
		for (int i = 0; i < was.size(); i++) {
			if (!was.get(i).equals(is.get(i))) {
				changed++;
				assertTrue(was.get(i).contains(" reached ") || was.get(i).contains("repeat-purchase-rate"), "only counts and the KPI's actual change: " + was.get(i));
			}
		}
		assertEquals(9, changed, "eight steps' reached counts and the KPI's actual");
		CliRun again = new CliRun();
		assertEquals(0, again.run("replay", log.toString(), "--journey", "FirstOrder", "--in", journey.getParent().toString(), "--update"), again.err());
		assertTrue(again.out().contains("already says what the log measured; left as it is"), again.out());
		assertEquals(after, Files.readString(journey, StandardCharsets.UTF_8), "a second update with the same log changes nothing");
	}

	@Test
	void badRowsAreNamedByRowAndColumnAndCounted() throws IOException {
		Path log = Files.writeString(dir.resolve("bad.csv"), "case,timestamp,activity,score\nA,2026-03-01,Banner,4\nB,03/01/2026,Banner,\nC,2026-03-01,Banner,high\n");
		assertEquals(0, cli.run("replay", log.toString(), "--journey", "FirstOrder", "--in", Examples.folder().resolve("webshop").toString()), cli.err());
		assertTrue(cli.out().contains("row 2, column timestamp: '03/01/2026' is not a timestamp; write it as ISO 8601"), cli.out());
		assertTrue(cli.out().contains("row 3, column score: 'high' is not a number\n2 rows skipped\n"), cli.out());
		assertTrue(cli.out().contains("1 event, 1 case, 2 rows skipped"), cli.out());
	}

	@Test
	void anUnknownJourneyNamesTheOnesThereAre() {
		assertEquals(2, cli.run("replay", Examples.folder().resolve("webshop/webshop.journey").toString(), "--journey", "Nope", "--in",
				Examples.folder().resolve("webshop").toString()));
		assertTrue(cli.err().contains("no journey named Nope in ") && cli.err().contains("the journeys there are: webshop.FirstOrder"), cli.err());
	}

	@Test
	void aFileThatIsNoLogSaysWhatALogHolds() throws IOException {
		Path log = Files.writeString(dir.resolve("notes.csv"), "title,body\nhello,world\n");
		assertEquals(2, cli.run("replay", log.toString(), "--journey", "FirstOrder", "--in", Examples.folder().resolve("webshop").toString()));
		assertTrue(cli.err().contains("notes.csv has no case column (its columns are: title, body)") && cli.err().contains("one row per event"), cli.err());
	}
}
