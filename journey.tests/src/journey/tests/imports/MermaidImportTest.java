package journey.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;
import journey.tests.Golden;
import journey.tests.cli.CliRun;

/**
 * `journey import --format mermaid` turns a Mermaid journey diagram into a journey, and round-trips
 * with the Mermaid export for what Mermaid can hold: sections, tasks, scores and actors.
 */
class MermaidImportTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	@Test
	void theFirstVisitSketchBecomesTheGoldenJourney() throws IOException {
		Path journey = dir.resolve("first-visit.journey");
		assertEquals(0, cli.run("import", "--format", "mermaid", Examples.folder().resolve("imports/first-visit.mmd").toString(), "-o",
				journey.toString()), cli.err());
		Golden.assertMatches("import/mermaid/first-visit.journey", Files.readString(journey));
		assertTrue(cli.err().contains("created journey FirstVisitToTheWebshop with 3 stage(s) and 7 step(s)"), cli.err());
		assertTrue(cli.err().contains("skipped the channel of touchpoints Choose.CompareTwoJackets.CompareTwoJacketsWith, "
				+ "Choose.AskTheServiceChat.AskTheServiceChatWith: a Mermaid diagram does not say it"), "what the sketch lacks is said: " + cli.err());
		// the score 4 of five is 1 on the default scale from -2 to 2; the actor on every task is the persona
		assertTrue(Files.readString(journey).contains("step SeeAnAdOnInstagram \"See an ad on Instagram\" {\n\t\t\tfeels 1\n"));
		assertTrue(Files.readString(journey).contains("persona Sam\n"));
	}

	@Test
	void everyExampleJourneyComesBackFromItsMermaidExportAsTheSameDiagram() throws IOException {
		Path exported = dir.resolve("mermaid");
		assertEquals(0, cli.run("export", "--format", "mermaid", "-o", exported.toString(), Examples.folder().toString()), cli.err());
		try (Stream<Path> files = Files.list(exported)) {
			for (Path diagram : files.sorted().toList()) {
				Path journey = dir.resolve("back").resolve(diagram.getFileName().toString().replace(".mmd", ".journey"));
				assertEquals(0, cli.run("import", "--format", "mermaid", diagram.toString(), "-o", journey.toString()), cli.err());
				CliRun again = new CliRun();
				assertEquals(0, again.run("export", "--format", "mermaid", journey.toString()), again.err());
				assertEquals(Files.readString(diagram), again.out(), diagram.getFileName() + " after import and export");
			}
		}
	}

	@Test
	void intoAnExistingJourneyTheDiagramUpdatesEmotionsAndAddsStepsAndKeepsTheRest() throws IOException {
		Path journey = dir.resolve("visit.journey");
		Path first = Files.writeString(dir.resolve("visit.mmd"), "journey\n title Visit\n section Look\n  Browse: 3: Sam\n");
		assertEquals(0, cli.run("import", "--format", "mermaid", first.toString(), "-o", journey.toString()), cli.err());
		String text = Files.readString(journey).replace("\t\t\tfeels 0\n", "\t\t\tfeels 0\n\t\t\tdoes \"Scrolls through the catalogue\"\n");
		Files.writeString(journey, text);
		Path second = Files.writeString(dir.resolve("visit2.mmd"), "journey\n title Visit\n section Look\n  Browse: 5: Sam\n  Compare: 2: Sam\n");
		assertEquals(2, cli.run("import", "--format", "mermaid", second.toString(), "-o", journey.toString()));
		assertEquals(text, Files.readString(journey), "nothing written without --force");
		assertEquals(0, cli.run("import", "--format", "mermaid", second.toString(), "-o", journey.toString(), "--force"), cli.err());
		String updated = Files.readString(journey);
		assertTrue(updated.contains("feels 2\n\t\t\tdoes \"Scrolls through the catalogue\""), updated);
		assertTrue(updated.contains("step Compare {\n\t\t\tfeels -1\n\t\t}"), updated);
		assertTrue(cli.err().contains("updated step Look.Browse: feels 0 → 2"), cli.err());
	}

	private String refused(String name, byte[] content) throws IOException {
		Path file = Files.write(dir.resolve(name), content);
		Path journey = dir.resolve("out.journey");
		CliRun run = new CliRun();
		assertEquals(2, run.run("import", "--format", "mermaid", file.toString(), "-o", journey.toString()), run.err());
		assertFalse(Files.exists(journey), "nothing written");
		return run.err();
	}

	@Test
	void badDiagramsAreReportedWithTheirLine() throws IOException {
		assertTrue(refused("flow.mmd", "flowchart LR\n A --> B\n".getBytes(StandardCharsets.UTF_8))
				.contains("flow.mmd:1:1: error: this is not a Mermaid journey diagram: it begins with 'flowchart'"));
		assertTrue(refused("empty.mmd", new byte[0]).contains("empty.mmd:0:0: error: the file is empty"));
		assertTrue(refused("score.mmd", "journey\n section A\n  Pay: 7: Sam\n".getBytes(StandardCharsets.UTF_8))
				.contains("score.mmd:3:7: error: the score of 'Pay' is 7; a score is a whole number from 1 to 5"));
		assertTrue(refused("early.mmd", "journey\n  Pay: 3: Sam\n".getBytes(StandardCharsets.UTF_8))
				.contains("early.mmd:2:3: error: the task 'Pay' comes before the first section"));
		assertTrue(refused("odd.mmd", "journey\n section A\n  what is this\n".getBytes(StandardCharsets.UTF_8))
				.contains("odd.mmd:3:3: error: cannot read 'what is this'"));
		assertTrue(refused("latin1.mmd", "journey\n section Caf\u00e9\n  Pay: 3\n".getBytes(StandardCharsets.ISO_8859_1))
				.contains("latin1.mmd:2:13: error: the file is not UTF-8 text (byte 0xE9); save it as UTF-8"));
	}
}
