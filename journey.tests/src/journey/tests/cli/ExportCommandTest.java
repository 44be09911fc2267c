package journey.tests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import journey.tests.Examples;
import journey.tests.Golden;

/**
 * `journey export` writes each format as its golden files, to stdout or atomically into a folder,
 * and turns bad input and unwritable output into clear messages with exit code 1 or 2.
 */
class ExportCommandTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	/**
	 * Checked by hand against the examples: round-trip.journey's SearchTrips feels -2 on the -2..2 scale, so Mermaid
	 * scores it 1; CompareTrips feels 1 → 1 + 4 x 0.75 = 4; the B2B GetInspired feels 1 on -3..3 → 1 + 4 x 4/6 = 3.67 → 4.
	 * The CSV row of TourPage carries TourPageConversion=38%/35% and NoFilters (high, always).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "mermaid", "csv", "markdown", "json" })
	void everyFormatWritesTheGoldenFilesForTheExamples(String format) throws IOException {
		Path out = dir.resolve("out");
		assertEquals(0, cli.run("export", "--format", format, "-o", out.toString(), Examples.folder().toString()), cli.err());
		List<Path> written;
		try (Stream<Path> files = Files.list(out)) {
			written = files.sorted().toList();
		}
		assertEquals(format.equals("json") ? 7 : 6, written.size(), written.toString());
		assertAll(written.stream().map(file -> () -> Golden.assertMatches("export/" + format + "/" + file.getFileName(), Files.readString(file))));
	}

	@Test
	void mermaidGoesToStdoutWithoutAFolder() {
		assertEquals(0, cli.run("export", "--format", "mermaid", Examples.folder().resolve("webshop").toString()), cli.err());
		assertTrue(cli.out().startsWith("journey\n    title From first ad to repeat order\n    section Awareness\n"
				+ "      Sees an ad or a post: 3: BargainHunter, Marketing\n"), cli.out());
	}

	@Test
	void mermaidTaskNamesLoseColonsHashesAndLineBreaks() throws IOException {
		Path file = Files.writeString(dir.resolve("odd.journey"), """
				persona P
				journey J "A title; with #hash" { persona P
					stage S "Stage: one" { step A "Waits: 10 min\\n#again" { feels 2 } }
				}
				""");
		assertEquals(0, cli.run("export", "--format", "mermaid", file.toString()), cli.err());
		assertEquals("journey\n    title A title, with hash\n    section Stage - one\n      Waits - 10 min again: 5: P\n", cli.out());
	}

	@Test
	void csvQuotesFieldsAsRfc4180Says() throws IOException {
		Path file = Files.writeString(dir.resolve("quotes.journey"), """
				journey J { stage S { step A "He said \\"no, never\\"" { touchpoint T { pain P severity low } } } }
				""");
		assertEquals(0, cli.run("export", "--format", "csv", file.toString()), cli.err());
		assertEquals("journey,journey title,stage,stage title,step,step title,role,reached,step when,step asks,touchpoint,touchpoint title,channel,"
				+ "channel title,touchpoint when,emotion,with,owners,kpis,pain points\r\nJ,,S,,A,\"He said \"\"no, never\"\"\",,,,,T,,,,,,,,,P (low)\r\n", cli.out());
		String tricky = "x\"y,z";
		assertEquals("\"x\"\"y,z\"", quoteLikeTheExport(tricky));
	}

	/** What RFC 4180 asks for a field with a quote and a comma. */
	private static String quoteLikeTheExport(String field) {
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}

	@Test
	void jsonOfSeveralFilesNeedsAFolder() {
		assertEquals(2, cli.run("export", "--format", "json", Examples.folder().toString()));
		assertTrue(cli.err().contains("give a folder with -o DIR"), cli.err());
	}

	@Test
	void writingLeavesNoTemporaryFilesBehind() throws IOException {
		Path out = dir.resolve("out");
		assertEquals(0, cli.run("export", "--format", "markdown", "-o", out.toString(), Examples.folder().toString()), cli.err());
		assertEquals(0, cli.run("export", "--format", "markdown", "-o", out.toString(), Examples.folder().toString()), cli.err());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
		}
	}

	@Test
	void anOutputFolderThatIsAFileCannotBeWritten() throws IOException {
		Path file = Files.writeString(dir.resolve("taken"), "");
		assertEquals(2, cli.run("export", "--format", "csv", "-o", file.toString(), Examples.folder().toString()));
		assertTrue(cli.err().contains("cannot write to the output folder " + file + ": it is a file, not a folder"), cli.err());
	}

	@Test
	void aReadOnlyOutputFolderCannotBeWritten() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
		Path readOnly = Files.createDirectory(dir.resolve("ro"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
		assertEquals(2, cli.run("export", "--format", "csv", "-o", readOnly.toString(), Examples.folder().toString()));
		assertTrue(cli.err().contains("permission denied"), cli.err());
	}

	@Test
	void aMissingFileIsBadInput() {
		assertEquals(2, cli.run("export", "--format", "csv", dir.resolve("nothing.journey").toString()));
		assertTrue(cli.err().contains("nothing.journey:0:0: error: no such file or folder"), cli.err());
	}

	@Test
	void aFolderWithoutJourneyFilesIsBadInput() {
		assertEquals(2, cli.run("export", "--format", "markdown", dir.toString()));
		assertTrue(cli.err().contains("the folder holds no .journey files"), cli.err());
	}

	@Test
	void aFileThatIsNotUtf8IsBadInput() throws IOException {
		Path file = dir.resolve("latin1.journey");
		Files.write(file, "journey J {\n\tstage S { goal \"caf\u00e9\" }\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(2, cli.run("export", "--format", "mermaid", file.toString()));
		assertTrue(cli.err().contains("latin1.journey:2:21: error: the file is not UTF-8 text"), cli.err());
	}

	@Test
	void aSyntaxErrorIsReportedAndNothingIsWritten() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.journey"), "journey J {\n\tstage S {\n}\n");
		Path out = dir.resolve("out");
		assertEquals(1, cli.run("export", "--format", "json", "-o", out.toString(), file.toString()));
		assertTrue(cli.err().contains("broken.journey:3:"), cli.err());
		assertTrue(Files.notExists(out));
	}

	@Test
	void theSameJourneyInTwoFilesOfOnePackageIsNotExportedAsOne() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("twins"));
		Files.writeString(folder.resolve("a.journey"), "package p\npersona P\njourney J {\n\tpersona P\n}\n");
		Files.writeString(folder.resolve("b.journey"), "package p\njourney J {\n\tpersona P\n}\n");
		for (String format : List.of("csv", "markdown", "mermaid")) {
			assertEquals(1, cli.run("export", "--format", format, "-o", dir.resolve("out-" + format).toString(), folder.toString()), format);
		}
		assertTrue(cli.err().contains("a.journey:3:1: error: p.J is declared again in b.journey; give each a different name"), cli.err());
	}

	@Test
	void anUnknownFormatIsBadUsage() {
		assertEquals(2, cli.run("export", "--format", "pdf", Examples.folder().toString()));
		assertTrue(cli.err().contains("--format"), cli.err());
	}
}
