package journey.report.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import journey.report.OutputFolder;
import journey.report.render.JourneyRenderer;

/**
 * Prints a rendered site for people who share maps on paper or in slides: each journey's page as a
 * PDF (its print style sheet fits the drawings to the paper), each drawing as a PNG. The browser
 * writes into a folder of its own; the files then enter the output folder whole.
 */
public final class SitePrinter {

	/** PNGs are drawn at twice their CSS size for print, unless that would be wider than a picture can be. */
	private static final double PNG_SCALE = 2;

	private final HeadlessBrowser browser;
	private final OutputFolder folder;

	public SitePrinter(HeadlessBrowser browser, OutputFolder folder) {
		this.browser = browser;
		this.folder = folder;
	}

	/** One PDF per journey page, beside it; returns the files written. */
	public List<Path> pdfs(JourneyRenderer.Site site) throws HeadlessBrowser.PrintException, OutputFolder.OutputException {
		List<Path> written = new ArrayList<>();
		for (JourneyRenderer.Page page : site.pages()) {
			String name = withExtension(page.html(), ".pdf");
			written.add(make(name, made -> browser.printToPdf(page.html(), made)));
		}
		return written;
	}

	/**
	 * One PNG per drawing, beside its SVG. A drawing too large for a picture (a journey of hundreds
	 * of steps) is named in the message and left as SVG; the others are still written.
	 */
	public List<Path> pngs(JourneyRenderer.Site site, List<String> skipped) throws HeadlessBrowser.PrintException, OutputFolder.OutputException {
		List<Path> written = new ArrayList<>();
		for (JourneyRenderer.Page page : site.pages()) {
			for (JourneyRenderer.Picture picture : page.drawings()) {
				double largest = Math.max(picture.width(), picture.height());
				if (largest > HeadlessBrowser.LARGEST_PICTURE) {
					skipped.add(picture.svg().getFileName() + " (" + Math.round(picture.width()) + " x " + Math.round(picture.height())
							+ " px, larger than a picture can be: use the SVG or the PDF)");
					continue;
				}
				double scale = Math.min(PNG_SCALE, HeadlessBrowser.LARGEST_PICTURE / largest);
				written.add(make(withExtension(picture.svg(), ".png"), made -> browser.capture(picture.svg(), made, picture.width(), picture.height(), scale)));
			}
		}
		return written;
	}

	private interface Maker {
		void make(Path file) throws HeadlessBrowser.PrintException;
	}

	private Path make(String name, Maker maker) throws HeadlessBrowser.PrintException, OutputFolder.OutputException {
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("journey-print-");
			Path made = scratch.resolve(name);
			maker.make(made);
			return folder.adopt(name, made);
		} catch (IOException e) {
			throw new HeadlessBrowser.PrintException("cannot make a scratch folder for the browser: " + e.getMessage());
		} finally {
			if (scratch != null) {
				try (var files = Files.list(scratch)) {
					for (Path file : files.toList()) {
						Files.deleteIfExists(file);
					}
					Files.deleteIfExists(scratch);
				} catch (IOException e) {
					// a scratch file left in the temporary folder does no harm
				}
			}
		}
	}

	private static String withExtension(Path file, String extension) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0 ? name : name.substring(0, dot)) + extension;
	}
}
