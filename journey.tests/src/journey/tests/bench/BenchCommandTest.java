package journey.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import journey.tests.cli.CliRun;

/** `journey bench` runs every measurement on a small workspace and prints one row each (the figures are not judged here). */
class BenchCommandTest {

	@Test
	void aSmallBenchPrintsEveryRowAndFindsNoErrorsInItsWorkspace() {
		CliRun cli = new CliRun();
		assertEquals(0, cli.run("bench", "--megabytes", "0.1", "--repeat", "1", "--lines", "300"), cli.err());
		for (String row : List.of("lex", "parse", "full build", "Xtext incremental builder", "initialize and first build", "didOpen to diagnostics",
				"completion in a step", "hover on a reference", "diagnostics after an edit")) {
			assertTrue(cli.out().contains(row), row + " in\n" + cli.out());
		}
		assertTrue(cli.out().contains("0 error(s); live heap"), cli.out());
		assertTrue(cli.out().contains("0 error(s), "), "the incremental builder finds no error either:\n" + cli.out());
	}
}
