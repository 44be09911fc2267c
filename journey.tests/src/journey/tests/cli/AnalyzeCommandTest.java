package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * `journey analyze` prints every analytics figure of every example as text tables and as JSON.
 * The figures themselves are checked by hand in journey.tests.analytics; the golden files pin
 * down how they are printed.
 */
class AnalyzeCommandTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	@Test
	void theExamplesAnalyseAsTheGoldenTextTables() {
		assertEquals(0, cli.run("analyze", Examples.folder().toString()), cli.err());
		Golden.assertMatches("analyze/examples.txt", Golden.portable(cli.out()));
	}

	@Test
	void theExamplesAnalyseAsTheGoldenJson() {
		assertEquals(0, cli.run("analyze", "--json", Examples.folder().toString()), cli.err());
		Golden.assertMatches("analyze/examples.json", Golden.portable(cli.out()));
	}

	@Test
	void thePriorityFormulaCanBeGivenOnTheCommandLine() {
		// round-trip.journey: NoFilters is high (3) and always (4): severity*frequency = 12.
		assertEquals(0, cli.run("analyze", "--priority", "severity*frequency", Examples.folder().resolve("travel").toString()), cli.err());
		assertTrue(cli.out().contains("Pain-point priority = severity*frequency"), cli.out());
		assertTrue(cli.out().matches("(?s).*1  NoFilters .* 12\\.00\n.*"), cli.out());
	}

	@Test
	void aBrokenPriorityFormulaIsBadUsage() {
		assertEquals(2, cli.run("analyze", "--priority", "severity*effort", Examples.folder().toString()));
		assertTrue(cli.err().contains("unknown name 'effort'"), cli.err());
	}

	@Test
	void aFormulaOf3000NestedParenthesesIsBadUsageWithoutAStackTrace() {
		String formula = "(".repeat(3000) + "severity" + ")".repeat(3000);
		assertEquals(2, cli.run("analyze", "--priority", formula, Examples.folder().toString()));
		assertTrue(cli.err().contains("at most 1000 are read"), cli.err());
		assertFalse(cli.err().contains("\tat "), cli.err());
	}

	@Test
	void aMissingFileIsBadInput() {
		assertEquals(2, cli.run("analyze", dir.resolve("nothing.journey").toString()));
		assertTrue(cli.err().contains("nothing.journey:0:0: error: no such file or folder"), cli.err());
		assertEquals("", cli.out());
	}

	@Test
	void aFolderWithoutJourneyFilesIsBadInput() {
		assertEquals(2, cli.run("analyze", dir.toString()));
		assertTrue(cli.err().contains("the folder holds no .journey files"), cli.err());
	}

	@Test
	void aFileThatIsNotUtf8IsBadInput() throws IOException {
		Path file = dir.resolve("latin1.journey");
		Files.write(file, "journey J {\n\tstage S { goal \"caf\u00e9\" }\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(2, cli.run("analyze", file.toString()));
		assertTrue(cli.err().contains("latin1.journey:2:21: error: the file is not UTF-8 text"), cli.err());
	}

	@Test
	void aSyntaxErrorIsReportedAndNothingIsAnalysed() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.journey"), "journey J {\n\tstage S {\n}\n");
		assertEquals(1, cli.run("analyze", file.toString()));
		assertTrue(cli.err().contains("broken.journey:3:"), cli.err());
		assertTrue(cli.err().contains("journey validate"), cli.err());
		assertEquals("", cli.out());
	}
}
