package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;

/** `journey import --format json` reads a JSON export back into .journey text that means the same model. */
class ImportCommandTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	@Test
	void everyExampleRoundTripsThroughJson() throws IOException {
		Path json = dir.resolve("json");
		for (String folder : new String[] { "travel", "webshop", "b2b" }) {
			Path original = Examples.folder().resolve(folder);
			assertEquals(0, cli.run("export", "--format", "json", "-o", json.resolve(folder).toString(), original.toString()), cli.err());
			try (var files = Files.list(json.resolve(folder))) {
				for (Path file : files.sorted().toList()) {
					String name = file.getFileName().toString().replace(".json", "");
					Path back = besideCopiesOfItsNeighbours(original, name + ".journey", dir.resolve("back").resolve(name));
					assertEquals(0, cli.run("import", "--format", "json", file.toString(), "-o", back.toString()), cli.err());
					assertEquals(0, cli.run("validate", back.getParent().toString()), cli.out() + cli.err());
					Path again = dir.resolve("again").resolve(name);
					assertEquals(0, cli.run("export", "--format", "json", "-o", again.toString(), back.getParent().toString()), cli.err());
					assertEquals(Files.readString(file), Files.readString(again.resolve(file.getFileName())),
							file.getFileName() + " differs after export, import and export again");
				}
			}
		}
	}

	/**
	 * A fresh folder holding copies of the original file's neighbours, so that the imported file's
	 * references to them resolve as the original's did; returns where the imported file goes.
	 */
	private static Path besideCopiesOfItsNeighbours(Path originalFolder, String fileName, Path folder) throws IOException {
		Files.createDirectories(folder);
		try (var originals = Files.list(originalFolder)) {
			for (Path original : originals.toList()) {
				if (!original.getFileName().toString().equals(fileName)) {
					Files.copy(original, folder.resolve(original.getFileName()));
				}
			}
		}
		return folder.resolve(fileName);
	}

	@Test
	void anExistingJourneyFileIsNeverReplaced() throws IOException {
		Path json = Files.writeString(dir.resolve("model.json"), "{}");
		Path existing = Files.writeString(dir.resolve("model.journey"), "journey Kept { }\n");
		assertEquals(2, cli.run("import", "--format", "json", json.toString(), "-o", existing.toString()));
		assertTrue(cli.err().contains("already exists"), cli.err());
		assertEquals("journey Kept { }\n", Files.readString(existing));
	}

	@Test
	void aMissingJsonFileIsBadInput() {
		assertEquals(2, cli.run("import", "--format", "json", dir.resolve("none.json").toString(), "-o", dir.resolve("x.journey").toString()));
		assertTrue(cli.err().contains("none.json:0:0: error: no such file"), cli.err());
	}

	@Test
	void jsonThatIsNotAJourneyModelIsBadInput() throws IOException {
		Path json = Files.writeString(dir.resolve("other.json"), "[1, 2]");
		assertEquals(2, cli.run("import", "--format", "json", json.toString(), "-o", dir.resolve("x.journey").toString()));
		assertTrue(cli.err().contains("other.json:0:0: error:"), cli.err());
		assertTrue(Files.notExists(dir.resolve("x.journey")));
	}

	@Test
	void aReferenceToAFileThatIsNotThereIsReported() throws IOException {
		Path json = dir.resolve("json");
		assertEquals(0, cli.run("export", "--format", "json", "-o", json.toString(), Examples.folder().resolve("travel").toString()), cli.err());
		assertEquals(2, cli.run("import", "--format", "json", json.resolve("round-trip.json").toString(), "-o", dir.resolve("alone/round-trip.journey").toString()));
		assertTrue(cli.err().contains("catalog.journey, which the JSON refers to"), cli.err());
	}
}
