package journey.tests.imports;

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
import journey.tests.cli.CliRun;

/**
 * `journey import --format measurements` adds a spreadsheet's dated figures to the project's KPIs
 * as minimal edits, updates their actual values, reports days already measured instead of doubling
 * them, and names row and column of every bad row, writing nothing then.
 */
class MeasurementImportTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private Path webshop() throws IOException {
		Path copy = Files.createDirectories(Files.createTempDirectory(dir, "project").resolve("webshop"));
		Files.copy(Examples.folder().resolve("webshop/webshop.journey"), copy.resolve("webshop.journey"));
		return copy;
	}

	@Test
	void theWebshopFiguresBecomeMeasurementsAndActualsOfTheGoldenFile() throws IOException {
		Path project = webshop();
		Path csv = Examples.folder().resolve("imports/webshop-figures.csv");
		String before = Files.readString(project.resolve("webshop.journey"));
		assertEquals(2, cli.run("import", "--format", "measurements", csv.toString(), "-o", project.toString()));
		assertTrue(cli.err().contains("error: nothing was written"), cli.err());
		assertEquals(before, Files.readString(project.resolve("webshop.journey")));

		CliRun run = new CliRun();
		assertEquals(0, run.run("import", "--format", "measurements", csv.toString(), "-o", project.toString(), "--force"), run.err());
		Golden.assertMatches("import/measurements/webshop.journey", Files.readString(project.resolve("webshop.journey")));
		Golden.assertMatches("import/measurements/summary.txt", run.err().replace(project.toString(), "webshop"));
		assertTrue(run.err().contains("updated kpi webshop.FirstOrder.ConversionRate: 1 measurement (2026-04-30); actual 7.5% → 7.8%"), run.err());
		assertTrue(run.err().contains("skipped row 4: webshop.FirstOrder.ConversionRate already has 7.5% on 2026-03-31"), run.err());
		assertTrue(run.err().contains("skipped row 7: it repeats row 6"), run.err());
		assertEquals(0, run.run("validate", project.toString()), run.out() + run.err());
	}

	@Test
	void aDayAlreadyMeasuredWithAnotherValueIsReportedAndTheFileKeepsItsValue() throws IOException {
		Path project = webshop();
		Path csv = Files.writeString(dir.resolve("figures.csv"), "kpi,date,value\nwebshop.FirstOrder.Reach,2026-03-31,260000\n");
		assertEquals(0, cli.run("import", "--format", "measurements", csv.toString(), "-o", project.toString(), "--force"), cli.err());
		assertTrue(cli.err().contains("skipped row 2: webshop.FirstOrder.Reach already has 250000 people on 2026-03-31 (webshop.journey:58), "
				+ "the row says 260000 people; kept the file's"), cli.err());
		assertTrue(cli.err().contains("nothing to change"), cli.err());
	}

	@Test
	void everyBadRowIsReportedWithItsRowAndColumnAndNothingIsWritten() throws IOException {
		Path project = webshop();
		String before = Files.readString(project.resolve("webshop.journey"));
		Path csv = Files.writeString(dir.resolve("bad.csv"), """
				kpi,date,value
				Reach,2026-04-30,265000
				Reech,2026-04-30,1
				Reach,30-04-2026,1
				Reach,2026-05-31,lots
				Reach,2026-06-30,1.234,5
				Conversion rate,2026-04-30,"1.234,5"
				Reach,2026-04-30,270000
				""");
		assertEquals(2, cli.run("import", "--format", "measurements", csv.toString(), "-o", project.toString(), "--force"));
		String err = cli.err();
		assertTrue(err.contains("bad.csv:3:1: error: row 3: no KPI is called 'Reech'"), err);
		assertTrue(err.contains("bad.csv:4:2: error: row 4: the date '30-04-2026' is not an ISO date; write it as 2026-03-31"), err);
		assertTrue(err.contains("bad.csv:5:3: error: row 5: the value 'lots' is not a number"), err);
		assertTrue(err.contains("bad.csv:6:1: error: row 6 has 4 fields, the header 3; a value with a decimal comma needs quotes"), err);
		assertTrue(err.contains("bad.csv:7:3: error: row 7: the value '1.234,5' has both a comma and a point"), err);
		assertTrue(err.contains("bad.csv:8:3: error: row 8 gives webshop.FirstOrder.Reach on 2026-04-30 the value 270000, but row 2 gives it 265000"), err);
		assertTrue(err.contains("6 problems; nothing was written"), err);
		assertEquals(before, Files.readString(project.resolve("webshop.journey")));
	}

	@Test
	void aSemicolonFileWithDecimalCommasAndABomAsExcelWritesItIsRead() throws IOException {
		Path project = webshop();
		Path csv = Files.write(dir.resolve("excel.csv"), ("\uFEFFKPI;Date;Value\r\nCustomer satisfaction;2026-04-30;4,5\r\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(0, cli.run("import", "--format", "measurements", csv.toString(), "-o", project.toString(), "--force"), cli.err());
		String text = Files.readString(project.resolve("webshop.journey"));
		assertTrue(text.contains("kpi Csat \"Customer satisfaction\" csat target 4.2 actual 4.5 reviewed monthly by ServiceDesk {\n"
				+ "\t\t\t2026-04-30: 4.5 from \"excel.csv\"\n\t\t}"), text);
	}

	private String refused(String name, byte[] content) throws IOException {
		Path project = webshop();
		Path csv = Files.write(dir.resolve(name), content);
		CliRun run = new CliRun();
		assertEquals(2, run.run("import", "--format", "measurements", csv.toString(), "-o", project.toString(), "--force"), run.err());
		assertEquals(Files.readString(Examples.folder().resolve("webshop/webshop.journey")), Files.readString(project.resolve("webshop.journey")));
		return run.err();
	}

	@Test
	void wrongColumnsAnEmptyFileAndAFileThatIsNotUtf8AreReported() throws IOException {
		assertTrue(refused("columns.csv", "name,when,amount\nReach,2026-04-30,1\n".getBytes(StandardCharsets.UTF_8))
				.contains("columns.csv:1:1: error: the header's column 1 is 'name'; the columns are kpi, date and value, and optionally source"));
		assertTrue(refused("missing.csv", "kpi,date\nReach,2026-04-30\n".getBytes(StandardCharsets.UTF_8))
				.contains("missing.csv:1:1: error: the header has no value column"));
		assertTrue(refused("empty.csv", new byte[0]).contains("empty.csv:0:0: error: the file is empty"));
		assertTrue(refused("latin1.csv", "kpi,date,value,source\nReach,2026-04-30,1,enqu\u00eate\n".getBytes(StandardCharsets.ISO_8859_1))
				.contains("latin1.csv:2:24: error: the file is not UTF-8 text (byte 0xEA); save it as UTF-8"));
	}

	@Test
	void aFolderWithoutJourneysHasNoKpisToMeasure() throws IOException {
		Path csv = Files.writeString(dir.resolve("figures.csv"), "kpi,date,value\nReach,2026-04-30,1\n");
		Path empty = Files.createDirectories(dir.resolve("empty"));
		assertEquals(2, cli.run("import", "--format", "measurements", csv.toString(), "-o", empty.toString()));
		assertTrue(cli.err().contains("there is no .journey file in"), cli.err());
		assertFalse(Files.exists(empty.resolve("figures.journey")));
	}
}
