package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Headless Chromium for the tests that look at pages as a browser shows them. */
final class Chromium {

	private Chromium() {
	}

	static Optional<Path> find() {
		for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
			for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
				Path candidate = Path.of(folder, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** The page's DOM after Chromium loaded it (and ran whatever it would run), serialised; skips the test without Chromium. */
	static String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
		Path browser = find().orElse(null);
		Assumptions.assumeTrue(browser != null,
				"Skipped: no chromium on the PATH. Install the Debian package 'chromium' (.ci/run does) to check the pages in a real browser.");
		Path profile = Files.createTempDirectory(scratch, "chromium-profile");
		Path output = scratch.resolve(page.getFileName() + ".dom");
		Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
				.redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("chromium did not finish loading " + page + " within 120 s");
		}
		String dom = Files.readString(output, StandardCharsets.UTF_8);
		assertTrue(dom.contains("</html>") || dom.contains("</svg>"), "chromium dumped the DOM of " + page + ": " + dom);
		return dom;
	}
}
