package journey.tests.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.report.OutputText;
import journey.tests.cli.CliRun;

/** One layer makes model text safe for every output: no control characters, no bidi tricks, escaped markup, clamped headers. */
class OutputTextTest {

	@TempDir
	Path dir;

	@Test
	void controlCharactersAreDroppedAndLineBreaksKept() {
		assertEquals("a[31mb\tc\nd", OutputText.clean("a\u001b[31mb\tc\u0007\nd\u0000\u007f\u009b"));
		assertEquals("a b c", OutputText.oneLine("a\r\nb\tc"));
	}

	@Test
	void bidiOverridesAreDroppedSoEvilStaysEvil() {
		assertEquals("evil", OutputText.clean("\u202Eevil\u202C"));
		assertEquals("x y", OutputText.clean("x\u2067 y\u2069"));
		assertEquals("\u05e9\u05dc\u05d5\u05dd", OutputText.clean("\u05e9\u05dc\u05d5\u05dd"), "right-to-left text itself stays");
	}

	@Test
	void htmlEscapesEveryMarkupCharacter() {
		assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;", OutputText.html("<img src=x onerror=\"alert(1)\"> & '"));
	}

	@Test
	void markdownTurnsHtmlIntoEntitiesAndTakesItsOwnCharactersLiterally() {
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", OutputText.markdown("<script>alert(1)</script>"));
		assertEquals("\\*a\\* \\| \\[b\\](c) \\`d\\` \\#", OutputText.markdown("*a* | [b](c) `d` #"));
		assertEquals("one two", OutputText.markdown("one\ntwo"));
	}

	@Test
	void mermaidGetsNoneOfItsGrammarsCharactersAndNoTag() {
		assertEquals("a - b, c \u2039b\u203A", OutputText.mermaid("a: b; c #<b>", true));
		assertEquals("-", OutputText.mermaid("# ", false));
		assertEquals(",", OutputText.mermaid("#;", false));
	}

	@Test
	void aLongTitleIsClampedWithAnEllipsisAndNeverSplitsACharacter() {
		String title = "x".repeat(10_000);
		assertEquals("x".repeat(159) + "\u2026", OutputText.clamp(title, OutputText.HEADER_LENGTH));
		String emoji = "\uD83D\uDE00".repeat(5);
		assertEquals("\uD83D\uDE00\uD83D\uDE00\u2026", OutputText.clamp(emoji, 3));
		assertEquals("short", OutputText.clamp("short", 160));
	}

	@Test
	void markdownExportEscapesAKpiUnit() throws IOException {
		Path file = Files.writeString(dir.resolve("kpi.journey"), """
				persona P
				journey J {
					persona P
					kpi K "Revenue" revenue unit "<img src=x onerror=alert(1)>" target 10 actual 12
				}
				""");
		CliRun cli = new CliRun();
		assertEquals(0, cli.run("export", "--format", "markdown", "-o", dir.resolve("md").toString(), file.toString()), cli.err());
		String markdown = Files.readString(dir.resolve("md/J.md"));
		assertFalse(markdown.contains("<img"), markdown);
		assertTrue(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"), markdown);
	}

	@Test
	void analyzePrintsNoEscapeSequenceFromTheModel() throws IOException {
		Path file = Files.writeString(dir.resolve("esc.journey"), "persona P\njourney J \"Title\u001b]0;owned\u0007 \u202Eevil\" {\n\tpersona P\n\tstage S { step A }\n}\n");
		CliRun cli = new CliRun();
		assertEquals(0, cli.run("analyze", file.toString()), cli.err());
		assertFalse(cli.out().chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x202E), cli.out());
		assertTrue(cli.out().contains("Title]0;owned evil"), cli.out());
	}

	@Test
	void aPageHeaderShowsAtMostAHundredAndSixtyCharactersAndTheWholeTitleInItsTooltip() throws IOException {
		String title = "T".repeat(10_000);
		Path file = Files.writeString(dir.resolve("long.journey"), "persona P\njourney J \"" + title + "\" {\n\tpersona P\n\tstage S { step A }\n}\n");
		CliRun cli = new CliRun();
		assertEquals(0, cli.run("render", "-o", dir.resolve("site").toString(), file.toString()), cli.err());
		String page;
		try (var files = Files.list(dir.resolve("site"))) {
			Path journeyPage = files.filter(p -> p.getFileName().toString().endsWith(".html") && !p.getFileName().toString().equals("index.html"))
					.findFirst().orElseThrow();
			page = Files.readString(journeyPage);
		}
		assertTrue(page.contains("<h1 title=\"" + title + "\">" + "T".repeat(159) + "\u2026</h1>"), page.substring(0, 2000));
	}
}
