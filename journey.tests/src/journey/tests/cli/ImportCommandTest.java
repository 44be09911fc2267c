package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;

/**
 * `journey import --format json` reads a JSON export back into .journey text that means the same
 * model, or, with --force, changes an existing .journey file only where the JSON differs from it.
 */
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
	void anExistingJourneyFileIsNotChangedWithoutForce() throws IOException {
		Path travel = copyOfTheTravelExample();
		Path journey = travel.resolve("round-trip.journey");
		JsonObject model = exported(travel, "round-trip.json");
		model.getAsJsonArray("journeys").get(0).getAsJsonObject().addProperty("title", "Changed");
		Path json = Files.writeString(dir.resolve("changed.json"), model.toString());
		String original = Files.readString(journey);
		assertEquals(2, cli.run("import", "--format", "json", json.toString(), "-o", journey.toString()));
		assertTrue(cli.err().contains("error: nothing was written: " + journey + " exists; add --force"), cli.err());
		assertEquals(original, Files.readString(journey));
	}

	@Test
	void anUpdateChangesOnlyWhatTheJsonChangedAndKeepsCommentsAndLayout() throws IOException {
		Path travel = copyOfTheTravelExample();
		Path journey = travel.resolve("round-trip.journey");
		String original = Files.readString(journey);
		JsonObject model = exported(travel, "round-trip.json");
		JsonObject bookRoundTrip = model.getAsJsonArray("journeys").get(0).getAsJsonObject();
		bookRoundTrip.getAsJsonArray("stages").get(0).getAsJsonObject().addProperty("title", "Looking around");
		bookRoundTrip.remove("version");
		JsonObject insight = new JsonObject();
		insight.addProperty("name", "PhoneCalls");
		insight.addProperty("title", "Travellers phone before departure");
		insight.addProperty("source", "interview");
		bookRoundTrip.getAsJsonArray("insights").add(insight);
		Path json = Files.writeString(dir.resolve("changed.json"), model.toString());

		assertEquals(0, cli.run("import", "--format", "json", json.toString(), "-o", journey.toString(), "--force"), cli.err());
		assertTrue(cli.err().contains("updated"), cli.err());
		String updated = Files.readString(journey);
		// after the last insight, spaced from it and from the opportunities as the insights are
		String newInsight = "\tinsight PhoneCalls \"Travellers phone before departure\" from interview\n\n";
		assertTrue(updated.contains(newInsight), updated);
		assertEquals(original.replace("stage Orientation \"Orientation\" {", "stage Orientation \"Looking around\" {").replace("\tversion \"2026.1\"\n", ""),
				updated.replace(newInsight, ""));
		assertEquals(0, cli.run("validate", travel.toString()), cli.out() + cli.err());
	}

	@Test
	void anUpdateWithWhatTheFileAlreadySaysLeavesItAlone() throws IOException {
		Path travel = copyOfTheTravelExample();
		Path journey = travel.resolve("round-trip.journey");
		byte[] original = Files.readAllBytes(journey);
		var modified = Files.getLastModifiedTime(journey);
		Path json = Files.writeString(dir.resolve("same.json"), exported(travel, "round-trip.json").toString());
		assertEquals(0, cli.run("import", "--format", "json", json.toString(), "-o", journey.toString(), "--update"), cli.err());
		assertTrue(cli.err().contains("nothing to change"), cli.err());
		assertArrayEquals(original, Files.readAllBytes(journey));
		assertEquals(modified, Files.getLastModifiedTime(journey));
	}

	@Test
	void anUpdateOfAFileWithASyntaxErrorIsRefusedAndLeavesItAlone() throws IOException {
		Path travel = copyOfTheTravelExample();
		Path journey = travel.resolve("round-trip.journey");
		Path json = Files.writeString(dir.resolve("same.json"), exported(travel, "round-trip.json").toString());
		String broken = Files.readString(journey).replace("state current", "state current oops {");
		Files.writeString(journey, broken);
		assertEquals(2, cli.run("import", "--format", "json", json.toString(), "-o", journey.toString(), "--force"));
		assertTrue(cli.err().contains("round-trip.journey has a syntax error at line 8"), cli.err());
		assertEquals(broken, Files.readString(journey));
	}

	@Test
	void thereIsNothingToUpdateWhereNoFileIs() throws IOException {
		Path json = dir.resolve("json");
		assertEquals(0, cli.run("export", "--format", "json", "-o", json.toString(), Examples.folder().resolve("travel").toString()), cli.err());
		Path missing = dir.resolve("missing.journey");
		assertEquals(2, cli.run("import", "--format", "json", json.resolve("round-trip.json").toString(), "-o", missing.toString(), "--update"));
		assertTrue(cli.err().contains("does not exist, so there is nothing to update"), cli.err());
		assertTrue(Files.notExists(missing));
	}

	private Path copyOfTheTravelExample() throws IOException {
		Path copy = Files.createDirectories(dir.resolve("travel"));
		try (var files = Files.list(Examples.folder().resolve("travel"))) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	/** The JSON export of one file of the folder. */
	private JsonObject exported(Path folder, String fileName) throws IOException {
		Path json = dir.resolve("exported-" + folder.getFileName());
		assertEquals(0, cli.run("export", "--format", "json", "-o", json.toString(), folder.toString()), cli.err());
		return JsonParser.parseString(Files.readString(json.resolve(fileName))).getAsJsonObject();
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

	private static final String MODEL = "{\"eClass\":\"http://journey.dev/model/1.0#//JourneyModel\",";

	/** Imports the JSON into a fresh folder and returns what the command printed on stderr; it must fail as bad input. */
	private String refused(String json) throws IOException {
		Path file = Files.writeString(dir.resolve("hostile.json"), json);
		Path target = dir.resolve("out/hostile.journey");
		assertEquals(2, cli.run("import", "--format", "json", file.toString(), "-o", target.toString()), cli.err());
		assertTrue(Files.notExists(target), "nothing written");
		assertFalse(cli.err().contains("\tat "), cli.err());
		return cli.err();
	}

	@Test
	void aNumberWhereAJourneyBelongsIsRefusedInsteadOfLoopingUntilMemoryRunsOut() throws IOException {
		assertTrue(refused(MODEL + "\"journeys\":[1]}").contains("'journeys' holds an object; found a number at $.journeys[0]"), cli.err());
		assertTrue(refused(MODEL + "\"journeys\":[[]]}").contains("found a list at $.journeys[0]"), cli.err());
		assertTrue(refused(MODEL + "\"journeys\":[\"x\"]}").contains("found a text at $.journeys[0]"), cli.err());
	}

	@Test
	void nullInAListIsSkippedLikeAnAbsentValue() throws IOException {
		Path file = Files.writeString(dir.resolve("nulls.json"), MODEL + "\"journeys\":[null]}");
		Path target = dir.resolve("out/nulls.journey");
		int exit = cli.run("import", "--format", "json", file.toString(), "-o", target.toString());
		assertFalse(cli.err().contains("\tat "), cli.err());
		assertTrue(exit == 0 || exit == 2, "a clear result either way: " + exit + " " + cli.err());
	}

	@Test
	void deeplyNestedJsonIsRefusedWithoutAStackOverflow() throws IOException {
		assertTrue(refused(MODEL + "\"journeys\":" + "[".repeat(4900) + "]".repeat(4900) + "}").contains("nested more than 64 levels deep"), cli.err());
	}

	@Test
	void aReferenceToTheNetworkOrAnotherFolderIsRefusedBeforeAnythingIsRead() throws IOException {
		String journey = "\"journeys\":[{\"name\":\"J\",\"persona\":{\"$ref\":\"%s\"}}]}";
		assertTrue(refused(MODEL + journey.formatted("http://127.0.0.1:9/x.journey#//@personas.0"))
				.contains("points outside the folder the import is written to"), cli.err());
		assertTrue(refused(MODEL + journey.formatted("../secret.journey#//@personas.0")).contains("points outside the folder"), cli.err());
		assertTrue(refused(MODEL + journey.formatted("/etc/passwd#//@personas.0")).contains("points outside the folder"), cli.err());
	}

	@Test
	void anUnknownPropertyIsNamedWithItsPlace() throws IOException {
		assertTrue(refused(MODEL + "\"journeys\":[{\"name\":\"J\",\"colour\":\"red\"}]}").contains("a Journey has no property 'colour' (at $.journeys[0].colour)"),
				cli.err());
	}
}
