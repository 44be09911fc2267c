package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;
import journey.tests.Golden;

/**
 * `journey diff` compares two versions, or each journey with its baseline, as text, JSON and a
 * page. What it finds is checked by hand in journey.tests.compare; the golden files pin down how
 * it is printed.
 */
class DiffCommandTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	@Test
	void theFutureRoundTripAgainstItsBaselinePrintsAsTheGoldenTables() {
		assertEquals(0, cli.run("diff", Examples.folder().resolve("travel").toString()), cli.err());
		Golden.assertMatches("diff/travel.txt", Golden.portable(cli.out()));
	}

	@Test
	void twoFilesCompareAsTheGoldenJson() {
		Path travel = Examples.folder().resolve("travel");
		assertEquals(0, cli.run("diff", "--json", travel.resolve("round-trip.journey").toString(), travel.resolve("round-trip-future.journey").toString()),
				cli.err());
		Golden.assertMatches("diff/travel.json", Golden.portable(cli.out()));
	}

	@Test
	void aFileComparedWithItselfHasNoDifferences() {
		String file = Examples.folder().resolve("b2b/software-purchase.journey").toString();
		assertEquals(0, cli.run("diff", file, file), cli.err());
		assertTrue(cli.out().contains("no differences"), cli.out());
	}

	@Test
	void journeysOnOneSideOnlyAreNamedAsNewOrGone() {
		assertEquals(0, cli.run("diff", Examples.folder().resolve("webshop").toString(), Examples.folder().resolve("b2b").toString()), cli.err());
		// one journey on each side: they are paired, whatever their names
		assertTrue(cli.out().startsWith("== webshop.FirstOrder"), cli.out());
		assertEquals(0, cli.run("diff", Examples.folder().resolve("travel").toString(), Examples.folder().resolve("b2b").toString()), cli.err());
		String out = Golden.portable(cli.out());
		assertTrue(out.contains("== b2b.BuyPlanningSoftware (examples/b2b/software-purchase.journey) is new"), out);
		assertTrue(out.contains("== travel.usa.BookRoundTrip (examples/travel/round-trip.journey) is gone"), out);
		assertTrue(out.contains("== travel.usa.future.BookRoundTrip (examples/travel/round-trip-future.journey) is gone"), out);
	}

	@Test
	void oneInputWithoutBaselinesIsBadUsageThatSaysWhatToDo() {
		assertEquals(2, cli.run("diff", Examples.folder().resolve("webshop").toString()));
		assertTrue(cli.err().contains("names a baseline") && cli.err().contains("journey diff OLD NEW"), cli.err());
	}

	@Test
	void theHtmlComparisonIsOnePageWithTheCurvesAndTables() throws IOException {
		assertEquals(0, cli.run("diff", "--format", "html", "-o", dir.toString(), Examples.folder().resolve("travel").toString()), cli.err());
		String page = Files.readString(dir.resolve("comparison.html"), StandardCharsets.UTF_8);
		assertTrue(page.contains("<h3>Emotion curve before and after</h3>"), page);
		assertTrue(page.contains("<table class=\"comparison painPoints\">") && page.contains("NoFilters"), page);
		assertTrue(page.contains("ReceivePreTripMail (new)"), "the new step is marked on the curve's axis");
	}

	@Test
	void htmlWithoutAnOutputFolderIsBadUsage() {
		assertEquals(2, cli.run("diff", "--format", "html", Examples.folder().resolve("travel").toString()));
		assertTrue(cli.err().contains("-o DIR"), cli.err());
	}

	@Test
	void aBrokenVersionIsRefusedWithItsErrors() throws IOException {
		Path broken = Files.writeString(dir.resolve("broken.journey"), "journey J { persona Nobody stage S { step A } }");
		assertEquals(1, cli.run("diff", broken.toString(), Examples.folder().resolve("webshop").toString()));
		assertTrue(cli.err().contains("broken.journey:1:") && cli.err().contains("Nobody"), cli.err());
	}
}
