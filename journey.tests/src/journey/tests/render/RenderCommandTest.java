package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;
import journey.tests.cli.CliRun;

/** `journey render` writes a page, three SVGs per journey and an index, and tells bad input and bad output apart. */
class RenderCommandTest {

	private static final String SMALL = """
			channel Web "Web" online website
			team T "Team"
			process P owner T {
				activity A "Answer" frontstage
			}
			journey J "Small journey" {
				stage S {
					step One { touchpoint Page via Web { supported by P.A } }
					step Two
				}
			}
			""";

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private int run(String... args) {
		return cli.run(args);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theExamplesRenderToOnePagePerJourneyWithItsSvgsAndAnIndex() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("render", Examples.folder().toString(), "-o", site.toString()), cli.err());
		assertEquals("Rendered 6 journeys; open " + site.resolve("index.html") + "\n", cli.out());
		assertEquals(List.of("b2b.BuyPlanningSoftware-blueprint.svg", "b2b.BuyPlanningSoftware-flow.svg", "b2b.BuyPlanningSoftware-map.svg",
				"b2b.BuyPlanningSoftware.html", "crm.ChooseCrm-blueprint.svg", "crm.ChooseCrm-flow.svg", "crm.ChooseCrm-map.svg", "crm.ChooseCrm.html",
				"index.html", "travel.usa.BookRoundTrip-blueprint.svg", "travel.usa.BookRoundTrip-flow.svg",
				"travel.usa.BookRoundTrip-map.svg", "travel.usa.BookRoundTrip.html", "travel.usa.actual.AnnasTrip-blueprint.svg", "travel.usa.actual.AnnasTrip-flow.svg",
				"travel.usa.actual.AnnasTrip-map.svg", "travel.usa.actual.AnnasTrip.html", "travel.usa.future.BookRoundTrip-blueprint.svg",
				"travel.usa.future.BookRoundTrip-flow.svg", "travel.usa.future.BookRoundTrip-map.svg", "travel.usa.future.BookRoundTrip.html",
				"webshop.FirstOrder-blueprint.svg", "webshop.FirstOrder-flow.svg", "webshop.FirstOrder-map.svg", "webshop.FirstOrder.html"),
				names(site));
		String index = Files.readString(site.resolve("index.html"));
		assertTrue(index.contains("href=\"travel.usa.BookRoundTrip.html\""), index);
		assertTrue(index.contains("Persona: Explorer, 34, plans one big trip a year \u00b7 State: current \u00b7 4 stages \u00b7 7 steps"), index);
	}

	@Test
	void theIndexListsTheFutureStateRightAfterTheCurrentStateItIsBasedOn() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("render", Examples.folder().toString(), "-o", site.toString()), cli.err());
		List<String> pages = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(Files.readString(site.resolve("index.html"))).results()
				.map(match -> match.group(1)).toList();
		assertEquals(List.of("b2b.BuyPlanningSoftware.html", "crm.ChooseCrm.html", "travel.usa.BookRoundTrip.html", "travel.usa.actual.AnnasTrip.html",
				"travel.usa.future.BookRoundTrip.html", "webshop.FirstOrder.html"), pages, "files in path order, each actual journey after its plan and future state after its baseline");
	}

	@Test
	void aFutureStatesPageAndIndexCardSayWhatChangesAgainstItsBaseline() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("render", Examples.folder().resolve("travel").toString(), "-o", site.toString()), cli.err());
		String future = Files.readString(site.resolve("travel.usa.future.BookRoundTrip.html"));
		assertTrue(future.contains("<a href=\"#comparison\">Against the baseline</a>"), "the table of contents links the comparison");
		assertTrue(future.contains("<section id=\"comparison\"><h2>Against the baseline</h2>") && future.contains("<td>NoFilters</td>"), future);
		assertFalse(Files.readString(site.resolve("travel.usa.BookRoundTrip.html")).contains("id=\"comparison\""), "the current state has no baseline");
		String index = Files.readString(site.resolve("index.html"));
		assertTrue(index.contains("Against Book a round trip through the USA: 2 added, 6 removed, 2 renamed"), index);
	}

	@Test
	void aPageHoldsMapBlueprintAndAnalyticsAndNeedsNothingFromOutside() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("render", Examples.folder().toString(), "-o", site.toString()), cli.err());
		String page = Files.readString(site.resolve("travel.usa.BookRoundTrip.html"));
		for (String expected : List.of("Journey map", "Service blueprint", "line of interaction", "line of visibility",
				"line of internal interaction", "Funnel and step flow", "Pain-point priority", "Ownership matrix", "Unowned touchpoints",
				"Evidence coverage", "Tour package page", "Owner: Trip planning", "\u2713 MET", "\u2013 NO DATA")) {
			assertTrue(page.contains(expected), "the page shows " + expected);
		}
		String lower = page.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("<script"), "no scripts");
		assertFalse(lower.contains("src=\"http") || lower.contains("href=\"http") || lower.contains("url(http") || lower.contains("@import"),
				"nothing is fetched");
	}

	@Test
	void theEmotionCurveColoursAPointByItsSideOfTheJourneysScaleLikeTheDiagrams() throws IOException {
		// On a scale from 1 to 5, a 2 lies below the middle: negative, although it is above zero.
		Path journey = Files.writeString(dir.resolve("mood.journey"), """
				package mood
				persona P
				scale Five "Five" from 1 to 5
				journey J {
					persona P
					scale Five
					stage S {
						step Low { feels 2 }
						step High { feels 4 }
					}
				}
				""");
		Path site = dir.resolve("site");
		assertEquals(0, run("render", journey.toString(), "-o", site.toString()), cli.err());
		String map = Files.readString(site.resolve("mood.J-map.svg"));
		assertEquals(1, map.split("class=\"pt-neg\"", -1).length - 1, map);
		assertEquals(1, map.split("class=\"pt-pos\"", -1).length - 1, map);
	}

	@Test
	void thePageRanksPainPointsByTheDefaultFormulaAndSaysSo() throws IOException {
		// round-trip.journey: NoFilters is high (3), always (4) and reaches 80%: 3 x 4 x 0.8 = 9.6, as analyze ranks it.
		Path site = dir.resolve("site");
		assertEquals(0, run("render", Examples.folder().resolve("travel").toString(), "-o", site.toString()), cli.err());
		String page = Files.readString(site.resolve("travel.usa.BookRoundTrip.html"));
		assertTrue(page.contains("Priority = <code>severity * frequency * reach</code>"), "the page names the formula");
		assertTrue(page.matches("(?s).*<td class=\"num\">1</td><td>Cannot filter by country, price or number of days</td>.*?<td class=\"num\">9\\.6</td>.*"),
				"NoFilters ranks first with 9.6");
	}

	@Test
	void thePriorityOptionRanksThePageLikeAnalyze() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("render", "--priority", "severity*frequency*10", Examples.folder().resolve("travel").toString(), "-o", site.toString()),
				cli.err());
		String page = Files.readString(site.resolve("travel.usa.BookRoundTrip.html"));
		assertTrue(page.contains("Priority = <code>severity*frequency*10</code>"), "the page names the formula given");
		assertTrue(page.contains("<td class=\"num\">120</td>"), "NoFilters: 3 x 4 x 10");
	}

	@Test
	void aBrokenPriorityFormulaIsBadUsageAndNothingIsRendered() {
		assertEquals(2, run("render", "--priority", "severity*effort", Examples.folder().toString(), "-o", dir.resolve("site").toString()));
		assertTrue(cli.err().contains("unknown name 'effort'"), cli.err());
		assertFalse(Files.exists(dir.resolve("site")), "nothing is written");
	}

	@Test
	void eachSvgFileIsAStandaloneDocument() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("render", Examples.folder().toString(), "-o", site.toString()), cli.err());
		String svg = Files.readString(site.resolve("webshop.FirstOrder-blueprint.svg"));
		assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.substring(0, 120));
		assertTrue(svg.contains("<style>"), "carries its own style sheet");
	}

	@Test
	void renderingAgainReplacesTheFilesAndLeavesNoTemporaryFiles() throws IOException {
		Path model = Files.writeString(dir.resolve("small.journey"), SMALL);
		Path site = dir.resolve("site");
		assertEquals(0, run("render", model.toString(), "-o", site.toString()), cli.err());
		assertEquals(0, run("render", model.toString(), "-o", site.toString()), cli.err());
		assertEquals(List.of("J-blueprint.svg", "J-flow.svg", "J-map.svg", "J.html", "index.html"), names(site));
	}

	@Test
	void renderingIntoTheInputFolderLeavesTheInputUntouched() throws IOException {
		Path model = Files.writeString(dir.resolve("small.journey"), SMALL);
		byte[] before = Files.readAllBytes(model);
		assertEquals(0, run("render", dir.toString(), "-o", dir.toString()), cli.err());
		assertArrayEquals(before, Files.readAllBytes(model));
	}

	@Test
	void aMissingFileIsBadInput() {
		assertEquals(2, run("render", dir.resolve("nothing.journey").toString(), "-o", dir.resolve("site").toString()));
		assertTrue(cli.err().contains("nothing.journey:0:0: error: no such file or folder"), cli.err());
		assertFalse(Files.exists(dir.resolve("site")), "nothing is written");
	}

	@Test
	void aFolderWithoutJourneyFilesIsBadInput() throws IOException {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		assertEquals(2, run("render", empty.toString(), "-o", dir.resolve("site").toString()));
		assertTrue(cli.err().contains("the folder holds no .journey files"), cli.err());
	}

	@Test
	void aFileThatIsNotUtf8IsBadInput() throws IOException {
		Path file = dir.resolve("latin1.journey");
		Files.write(file, "journey J {\n\tstage S { goal \"caf\u00e9\" }\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(2, run("render", file.toString(), "-o", dir.resolve("site").toString()));
		assertTrue(cli.err().contains("latin1.journey:2:21: error: the file is not UTF-8 text (byte 0xE9 cannot be read); save it as UTF-8"),
				cli.err());
	}

	@Test
	void aSyntaxErrorIsReportedWithItsPlaceAndNothingIsRendered() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.journey"), "journey J {\n\tstage {\n}\n");
		assertEquals(1, run("render", file.toString(), "-o", dir.resolve("site").toString()));
		assertTrue(cli.err().contains(file + ":2:"), cli.err());
		assertTrue(cli.err().contains("error(s); fix them (see journey validate) and render again"), cli.err());
		assertFalse(Files.exists(dir.resolve("site")), "nothing is written");
	}

	@Test
	void aCatalogueWithoutJourneysIsBadInput() throws IOException {
		Path file = Files.writeString(dir.resolve("catalog.journey"), "package c\nteam T\n");
		assertEquals(2, run("render", file.toString(), "-o", dir.resolve("site").toString()));
		assertTrue(cli.err().contains("the input holds no journeys"), cli.err());
	}

	@Test
	void anOutputFolderThatCannotBeCreatedIsBadInput() throws IOException {
		Path model = Files.writeString(dir.resolve("small.journey"), SMALL);
		Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
		assertEquals(2, run("render", model.toString(), "-o", blocker.resolve("site").toString()));
		assertTrue(cli.err().startsWith("journey render: cannot write to the output folder " + blocker.resolve("site") + ": "), cli.err());
	}

	@Test
	void anOutputPathThatIsAFileIsBadInput() throws IOException {
		Path model = Files.writeString(dir.resolve("small.journey"), SMALL);
		Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
		assertEquals(2, run("render", model.toString(), "-o", blocker.toString()));
		// the same words as export and import: one output folder writes for all three
		assertEquals("journey render: cannot write to the output folder " + blocker + ": it is a file, not a folder\n", cli.err());
		assertEquals("not a folder", Files.readString(blocker));
	}

	@Test
	void theOutputOptionIsRequired() {
		assertEquals(2, run("render", "x.journey"));
		assertTrue(cli.err().contains("Missing required option: '--output=DIR'"), cli.err());
	}

	@Test
	void aPdfOfEachPageAndAPngOfEachDrawingArePrintedByTheBrowser() throws IOException {
		org.junit.jupiter.api.Assumptions.assumeTrue(Chromium.find().isPresent(), "Skipped: no chromium on the PATH (.ci/run installs it)");
		Path travel = Examples.folder().resolve("travel");
		Path site = dir.resolve("site");
		assertEquals(0, run("render", "--format", "pdf", travel.toString(), "-o", site.toString()), cli.err());
		assertTrue(cli.out().contains("Printed 3 PDF files into " + site), cli.out());
		for (String pdf : List.of("travel.usa.BookRoundTrip.pdf", "travel.usa.future.BookRoundTrip.pdf")) {
			byte[] bytes = Files.readAllBytes(site.resolve(pdf));
			assertTrue(bytes.length > 20_000 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"), pdf);
		}
		assertEquals(0, run("render", "--format", "png", travel.resolve("round-trip.journey").toString(), "-o", site.toString()), cli.err());
		assertTrue(cli.out().contains("Printed 3 PNG files into " + site), cli.out());
		byte[] png = Files.readAllBytes(site.resolve("travel.usa.BookRoundTrip-map.png"));
		assertEquals("\u0089PNG", new String(png, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
		// twice the drawing's width, for print: bytes 16..19 hold the width
		int width = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
		String svg = Files.readString(site.resolve("travel.usa.BookRoundTrip-map.svg"));
		double drawn = Double.parseDouble(svg.replaceFirst("(?s).*?<svg[^>]* width=\"([0-9.]+)\".*", "$1"));
		assertEquals(Math.ceil(drawn) * 2, width, 2);
		assertTrue(names(site).stream().noneMatch(name -> name.endsWith(".tmp")), names(site).toString());
	}

	@Test
	void withoutABrowserAPdfIsRefusedWithWhatToInstall() {
		String before = System.getProperty("journey.chromium");
		System.setProperty("journey.chromium", dir.resolve("no-such-browser").toString());
		try {
			assertEquals(2, run("render", "--format", "pdf", Examples.folder().toString(), "-o", dir.resolve("site").toString()));
			assertTrue(cli.err().contains("--format pdf needs headless Chromium or Google Chrome: install it (Debian: apt-get install chromium)"), cli.err());
		} finally {
			if (before == null) {
				System.clearProperty("journey.chromium");
			} else {
				System.setProperty("journey.chromium", before);
			}
		}
	}
}
