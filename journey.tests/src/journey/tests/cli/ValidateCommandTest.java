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

/** `journey validate` prints compiler-style diagnostics and tells success, model errors and bad input apart. */
class ValidateCommandTest {

	/** A complete little journey whose only problem is a persona nobody declared. */
	private static final String BROKEN = """
			channel Web
			team T
			process P owner T {
				activity A frontstage
			}
			journey J {
				persona Nobody
				stage S {
					step One { touchpoint Page via Web { supported by P.A } }
					step Two
					step Three
					step Four
				}
			}
			""";

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private int run(String... args) {
		return cli.run(args);
	}

	@Test
	void theExamplesValidateWithOnlyTheWarningForTheGapTheyShowOnPurpose() {
		assertEquals(0, run("validate", Examples.folder().toString()), cli.out() + "\n" + cli.err());
		assertTrue(cli.out().matches("\\S*software-purchase.journey:\\d+:\\d+: warning: Nobody inside is behind touchpoint UserGroupTips: .*\\[journey.unsupportedTouchpoint\\]\\R"
				+ "\\S*choose-a-crm.journey:\\d+:\\d+: info: Stage Choice typically takes 2–4 weeks: at the long end it is over its target of 14 days. \\[journey.durationOverTarget\\]\\R"
				+ "(\\S*annas-trip.journey:\\d+:\\d+: info: .*\\[journey.(conformance|deviation)\\]\\R){7}"),
				cli.out());
		assertTrue(cli.err().contains("7 file(s) checked: 0 error(s), 1 warning(s)"), cli.err());
	}

	@Test
	void anErrorIsPrintedAsFileLineColumnSeverityMessageAndCode() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.journey"), BROKEN);
		assertEquals(1, run("validate", file.toString()));
		assertEquals(file + ":7:10: error: No persona named 'Nobody' is visible here: declare it, or import the package that declares it (for example import catalog.*). [journey.unresolvedReference]\n",
				cli.out());
	}

	@Test
	void jsonOutputCarriesTheSameFacts() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.journey"), BROKEN);
		assertEquals(1, run("validate", "--format", "json", file.toString()));
		assertEquals("[\n  {\"file\": \"" + file + "\", \"line\": 7, \"column\": 10, \"severity\": \"error\", "
				+ "\"message\": \"No persona named 'Nobody' is visible here: declare it, or import the package that declares it (for example import catalog.*).\", "
				+ "\"code\": \"journey.unresolvedReference\"}\n]\n", cli.out());
	}

	@Test
	void aMissingFileIsBadInput() {
		assertEquals(2, run("validate", dir.resolve("nothing.journey").toString()));
		assertTrue(cli.out().contains("nothing.journey:0:0: error: no such file or folder [journey.input]"), cli.out());
	}

	@Test
	void aFolderWithoutJourneyFilesIsBadInput() {
		assertEquals(2, run("validate", dir.toString()));
		assertTrue(cli.out().contains("the folder holds no .journey files"), cli.out());
	}

	@Test
	void aFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
		Path file = dir.resolve("latin1.journey");
		Files.write(file, "journey J {\n\tstage S { goal \"caf\u00e9\" }\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(2, run("validate", file.toString()));
		assertEquals(file + ":2:21: error: the file is not UTF-8 text (byte 0xE9 cannot be read); save it as UTF-8 [journey.input]\n",
				cli.out());
	}

	@Test
	void anUnknownOptionIsBadUsage() {
		assertEquals(2, run("validate", "--colour", "red", "x.journey"));
		assertTrue(cli.err().contains("Unknown option: '--colour'"), cli.err());
	}

	@Test
	void anUnreadablePackageNameIsASyntaxErrorNotAStackTrace() throws IOException {
		Path file = Files.writeString(dir.resolve("euro.journey"), "package.\u20ac journey J {persona P}");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(cli.out().startsWith(file + ":1:8: error: "), cli.out());
		assertFalse(cli.out().contains("\tat ") || cli.err().contains("\tat ") || cli.err().contains("Exception"), cli.err());
	}

	@Test
	void aFileEndingInALoneCarriageReturnAfterAnOpenBraceIsASyntaxError() throws IOException {
		Path file = Files.writeString(dir.resolve("cr.journey"), "journey J {\r");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(cli.out().contains(file + ":1:12: error: The file ends before journey J is complete: is a closing '}' missing? [journey.syntax]"), cli.out());
		assertFalse(cli.err().contains("Exception"), cli.err());
	}

	@Test
	void aFileThatIsNotAJourneyFileIsBadInput() throws IOException {
		Path file = Files.writeString(dir.resolve("notes.txt"), "hi\n");
		assertEquals(2, run("validate", file.toString()));
		assertEquals(file + ":0:0: error: not a .journey file; journey reads .journey files and folders that hold them [journey.input]\n", cli.out());
	}

	@Test
	void aByteOrderMarkAtTheStartIsNotAnError() throws IOException {
		Path file = dir.resolve("bom.journey");
		Files.write(file, ("\ufeffpackage p\npersona P \"Someone\"\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(0, run("validate", file.toString()), cli.out());
		assertEquals("", cli.out());
	}

	@Test
	void theSameJourneyInTwoFilesOfOnePackageIsAnErrorInBoth() throws IOException {
		Path a = Files.writeString(dir.resolve("a.journey"), "package p\njourney J {\n}\n");
		Path b = Files.writeString(dir.resolve("b.journey"), "package p\njourney J {\n}\n");
		assertEquals(1, run("validate", dir.toString()));
		assertTrue(cli.out().contains(a + ":2:9: error: Journey p.J is declared again in b.journey; references could not tell them apart, so give each a different name. [journey.duplicateName]"), cli.out());
		assertTrue(cli.out().contains(b + ":2:9: error: Journey p.J is declared again in a.journey;"), cli.out());
	}

	@Test
	void aTriggerNamedTwiceIsAWarning() throws IOException {
		Path file = Files.writeString(dir.resolve("t.journey"), "team T\nprocess P owner T {\n\tactivity A backstage triggers B, B\n\tactivity B backstage\n}\n");
		run("validate", file.toString());
		assertTrue(cli.out().contains(file + ":3:35: warning: B is named twice in 'triggers' in activity A; remove the second one. [journey.duplicateReference]"), cli.out());
	}

	@Test
	void aFileNamedAloneIsCheckedWithTheCatalogueBesideItAndOnlyItIsReported() throws IOException {
		Path travel = Examples.folder().resolve("travel/round-trip.journey");
		assertEquals(0, run("validate", travel.toString()), cli.out() + "\n" + cli.err());
		assertEquals("", cli.out());
		assertTrue(cli.err().contains("1 file(s) checked: 0 error(s), 0 warning(s)"), cli.err());
	}

	@Test
	void theProjectRootIsTheNearestFolderWithAMarkerAndItsSubfoldersAreRead() throws IOException {
		Files.writeString(dir.resolve(".journey-project"), "");
		Files.createDirectories(dir.resolve("catalogue"));
		Files.createDirectories(dir.resolve("journeys/2026"));
		Files.createDirectories(dir.resolve(".hidden"));
		Files.writeString(dir.resolve("catalogue/people.journey"), "package cat\npersona Ann\n");
		Files.writeString(dir.resolve(".hidden/broken.journey"), "package cat\npersona Ann\n");
		Files.writeString(dir.resolve("journeys/other.journey"), "this file does not parse\n");
		Path named = Files.writeString(dir.resolve("journeys/2026/trip.journey"), """
				package trips
				import cat.*
				journey Trip {
					persona Ann
					stage S {
						step One
						step Two
						step Three
						step Four
					}
				}
				""");
		assertEquals(0, run("validate", named.toString()), cli.out() + "\n" + cli.err());
		assertEquals("", cli.out());
		assertTrue(cli.err().contains("1 file(s) checked: 0 error(s), 0 warning(s)"), cli.err());
	}

	@Test
	void withoutAMarkerOrAVersionControlRootOnlyTheFilesBesideItAreRead() throws IOException {
		Files.writeString(dir.resolve("people.journey"), "package cat\npersona Ann\n");
		Path below = Files.createDirectories(dir.resolve("below"));
		Files.writeString(below.resolve("more.journey"), "package cat\npersona Bea\n");
		String trip = """
				package trips
				import cat.*
				journey Trip {
					persona WHO
					stage S {
						step One
						step Two
						step Three
						step Four
					}
				}
				""";
		Path withAnn = Files.writeString(dir.resolve("ann.journey"), trip.replace("WHO", "Ann"));
		assertEquals(0, run("validate", withAnn.toString()), cli.out() + "\n" + cli.err());
		Path withBea = Files.writeString(dir.resolve("bea.journey"), trip.replace("WHO", "Bea").replace("journey Trip", "journey BeaTrip"));
		assertEquals(1, run("validate", withBea.toString()), cli.out() + "\n" + cli.err());
		assertTrue(cli.out().contains("No persona named 'Bea' is visible here"), cli.out());
	}
}
