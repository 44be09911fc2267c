package journey.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import journey.tests.cli.CliRun;

/** `journey bench` runs every measurement on small workspaces and prints one row each (the figures are not judged here). */
class BenchCommandTest {

	@Test
	void aSmallBenchPrintsEveryRowAndFindsNoErrorsInItsWorkspace() {
		CliRun cli = new CliRun();
		assertEquals(0, cli.run("bench", "--megabytes", "0.1,0.2", "--anchor", "--repeat", "1", "--lines", "300", "--steps", "40"), cli.err());
		String out = cli.out();
		String header = out.lines().findFirst().orElse("");
		assertTrue(header.matches("JVM .*, \\d+ processor\\(s\\), max heap \\d+ MB, .+ collector, compact object headers (on|off), qualified names interned (on|off)"),
				"the first line says what the figures depend on: " + header);
		for (String column : List.of("journey 0.1 MB", "journey 0.2 MB", "stock Xtext 0.1 MB", "stock Xtext 0.2 MB")) {
			assertTrue(out.contains(column + ": "), column + " in\n" + out);
		}
		for (String row : List.of("lex", "parse", "full build", "Xtext incremental builder", "journey validate, new JVM", "render: journey map SVG, 40 steps",
				"render: blueprint SVG", "render: step flow SVG", "render: journey page", "initialize and first build", "didOpen to diagnostics",
				"completion of keywords in a step", "completion of activities", "hover on a reference", "diagnostics after an edit")) {
			assertTrue(out.contains(row), row + " in\n" + out);
		}
		for (String column : List.of("journey 0.1 MB", "journey 0.2 MB", "stock Xtext 0.1 MB", "stock Xtext 0.2 MB")) {
			assertTrue(out.contains("full build (load, index, link, all checks) — " + column + ": 0 error(s)"), "no errors in " + column + ":\n" + out);
			assertTrue(out.contains("Xtext incremental builder (language server's path) — " + column + ": 0 error(s)"), "no errors in " + column + ":\n" + out);
			assertTrue(out.matches("(?s).*full build \\(load, index, link, all checks\\) — " + column + ": 0 error\\(s\\), \\d+ other issue\\(s\\); "
					+ "load \\d+\\.\\d\\d s, index \\d+\\.\\d\\d s, link \\d+\\.\\d\\d s, checks \\d+\\.\\d\\d s, of which collecting \\d+\\.\\d\\d s; "
					+ "live heap after \\d+ MB.*"), "the full build says where its time went in " + column + ":\n" + out);
		}
		assertTrue(out.contains("stock Xtext 0.1 MB: 0 error(s), 0 other issue(s)"), "the anchor's workspace is valid:\n" + out);
		assertTrue(out.matches("(?s).*full build, journey ÷ stock Xtext: \\d+\\.\\d\\d at 0\\.1 MB, \\d+\\.\\d\\d at 0\\.2 MB \\(target: at most 0\\.33\\).*"),
				"the full build against the anchor's, per size:\n" + out);
		assertTrue(out.matches("(?s).*journey at 0\\.2 MB ÷ at 0\\.1 MB: full build \\d+\\.\\d\\d, incremental builder \\d+\\.\\d\\d \\(target.*"),
				"the larger workspace against the smaller (no validate row inside OSGi):\n" + out);
		assertTrue(out.contains("journey validate, new JVM (wall) — journey 0.1 MB: only from ./journey"), "inside OSGi the row says why it is empty:\n" + out);
	}
}
