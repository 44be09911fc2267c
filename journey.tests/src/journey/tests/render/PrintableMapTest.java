package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;
import journey.tests.cli.CliRun;

/**
 * The maps and blueprints of every example as a browser draws them: headless Chromium lays out
 * each drawing and measures every text, which must lie inside its box, and none is cut with an
 * ellipsis: what is written survives printing.
 */
class PrintableMapTest {

	@TempDir
	static Path dir;

	private static Path site;

	/** Measures, in the browser, every text of every box against the box; the result goes into an attribute of the body. */
	private static final String MEASURE = """
			<script>
			const clipped = [];
			let texts = 0;
			for (const group of document.querySelectorAll('svg g')) {
			  const box = group.querySelector(':scope > rect');
			  if (!box) continue;
			  const r = box.getBBox();
			  for (const text of group.querySelectorAll(':scope > text')) {
			    texts++;
			    const b = text.getBBox();
			    if (b.x < r.x - 0.5 || b.y < r.y - 0.5 || b.x + b.width > r.x + r.width + 0.5 || b.y + b.height > r.y + r.height + 0.5) {
			      clipped.push(group.getAttribute('class') + ': ' + text.textContent);
			    }
			  }
			}
			document.body.setAttribute('data-texts', String(texts));
			document.body.setAttribute('data-clipped', clipped.join(' | ').replace(/"/g, "'"));
			</script>
			""";

	@BeforeAll
	static void renderTheExamples() {
		site = dir.resolve("site");
		CliRun cli = new CliRun();
		assertEquals(0, cli.run("render", Examples.folder().toString(), "-o", site.toString()), cli.err());
	}

	@Test
	void everyTextOfEveryMapAndBlueprintLiesInsideItsBoxInChromium() throws Exception {
		List<String> problems = new ArrayList<>();
		int measured = 0;
		for (Path drawing : drawings()) {
			String svg = Files.readString(drawing, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>", "");
			Path page = dir.resolve(drawing.getFileName() + ".measure.html");
			Files.writeString(page, "<!DOCTYPE html><html><body>" + svg + MEASURE + "</body></html>", StandardCharsets.UTF_8);
			String dom = Chromium.dumpDom(page, dir);
			int texts = Integer.parseInt(attribute(dom, "data-texts"));
			assertTrue(texts > 20, drawing + " has only " + texts + " texts in boxes");
			measured += texts;
			String clipped = attribute(dom, "data-clipped");
			if (!clipped.isEmpty()) {
				problems.add(drawing.getFileName() + ": " + clipped);
			}
		}
		assertTrue(measured > 500, "measured only " + measured + " texts");
		assertEquals(List.of(), problems);
	}

	@Test
	void noTextOfAMapOrBlueprintIsCutWithAnEllipsis() throws IOException {
		for (Path drawing : drawings()) {
			String svg = Files.readString(drawing, StandardCharsets.UTF_8);
			Matcher cut = Pattern.compile("<text[^>]*>(?:<title>[^<]*</title>)?([^<]*\u2026)</text>").matcher(svg);
			assertTrue(!cut.find(), drawing.getFileName() + " cuts a text: " + (cut.hitEnd() ? "" : cut.group(1)));
		}
	}

	private static List<Path> drawings() throws IOException {
		try (Stream<Path> files = Files.list(site)) {
			return files.filter(p -> p.toString().endsWith("-map.svg") || p.toString().endsWith("-blueprint.svg")).sorted().toList();
		}
	}

	private static String attribute(String dom, String name) {
		Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
		assertTrue(matcher.find(), "no " + name + " in the DOM: the measuring script did not run");
		return matcher.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
	}
}
