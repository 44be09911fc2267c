package journey.report.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (or Google Chrome), which prints the pages to PDF and the drawings to PNG
 * exactly as a browser shows them: the pages' own print style sheet decides the paper layout. It is
 * found as the system property {@code journey.chromium} or the environment variable
 * {@code JOURNEY_CHROMIUM}, else as chromium, chromium-browser, google-chrome or
 * google-chrome-stable on the PATH; nothing is fetched, and each run uses a profile of its own
 * that is deleted afterwards.
 */
public final class HeadlessBrowser {

	/** The browser could not make the file; the message says why and what to do. */
	public static final class PrintException extends Exception {
		private static final long serialVersionUID = 1L;

		PrintException(String message) {
			super(message);
		}
	}

	private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
	private static final long TIMEOUT_SECONDS = 120;
	/** Wider or taller than this, Chromium cannot capture a picture: such a drawing is kept as SVG and PDF. */
	public static final int LARGEST_PICTURE = 16_384;

	private final Path executable;

	private HeadlessBrowser(Path executable) {
		this.executable = executable;
	}

	/** The browser of this machine, if it has one. */
	public static Optional<HeadlessBrowser> find() {
		String configured = System.getProperty("journey.chromium", System.getenv("JOURNEY_CHROMIUM"));
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isExecutable(path) ? Optional.of(new HeadlessBrowser(path)) : Optional.empty();
		}
		String pathVariable = System.getenv("PATH");
		for (String folder : pathVariable == null ? new String[0] : pathVariable.split(java.io.File.pathSeparator)) {
			for (String name : NAMES) {
				Path candidate = Path.of(folder).resolve(name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(new HeadlessBrowser(candidate));
				}
			}
		}
		return Optional.empty();
	}

	/** What to tell a user who asked for a PDF or PNG on a machine without the browser. */
	public static String missingMessage(String format) {
		return "--format " + format + " needs headless Chromium or Google Chrome: install it (Debian: apt-get install chromium), or point"
				+ " JOURNEY_CHROMIUM at its executable; the HTML and SVG files were written";
	}

	/** Prints a page to PDF, with the page's print style sheet (A3 landscape, drawings fitted to the paper's width). */
	public void printToPdf(Path page, Path pdf) throws PrintException {
		run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath()), page, pdf);
		if (!startsWith(pdf, "%PDF")) {
			throw new PrintException("the browser wrote no PDF for " + page);
		}
	}

	/** Captures a drawing (an SVG file) as a PNG of its own size times {@code scale}, on white. */
	public void capture(Path drawing, Path png, double width, double height, double scale) throws PrintException {
		int w = (int) Math.ceil(width);
		int h = (int) Math.ceil(height);
		run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + w + "," + h, "--hide-scrollbars",
				"--force-device-scale-factor=" + String.format(Locale.ROOT, "%.2f", scale), "--default-background-color=ffffffff"), drawing, png);
		if (!startsWith(png, "\u0089PNG")) {
			throw new PrintException("the browser wrote no PNG for " + drawing);
		}
	}

	private void run(List<String> what, Path input, Path output) throws PrintException {
		Path profile = null;
		try {
			profile = Files.createTempDirectory("journey-browser-");
			List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile));
			if ("root".equals(System.getProperty("user.name"))) {
				command.add("--no-sandbox"); // Chromium refuses to start its sandbox as root; it only opens the files written here
			}
			command.addAll(what);
			command.add(input.toAbsolutePath().toUri().toString());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new PrintException("the browser did not finish " + input.getFileName() + " within " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(output)) {
				throw new PrintException("the browser (" + executable + ") failed on " + input.getFileName() + " with exit code " + process.exitValue());
			}
		} catch (IOException e) {
			throw new PrintException("cannot run the browser " + executable + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PrintException("interrupted while the browser printed " + input.getFileName());
		} finally {
			deleteQuietly(profile);
		}
	}

	private static boolean startsWith(Path file, String magic) {
		try (var in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(magic.length());
			return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals(magic);
		} catch (IOException e) {
			return false;
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (var walk = Files.walk(folder)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a profile left in the temporary folder does no harm
		}
	}
}
