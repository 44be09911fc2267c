package journey.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.cli.PriorityOption;
import journey.dsl.model.Journey;
import journey.report.OutputFolder;
import journey.report.print.HeadlessBrowser;
import journey.report.print.SitePrinter;
import journey.report.render.JourneyRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey render`: writes a self-contained HTML page per journey, its SVGs and an index page. */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = { "Renders each journey as a self-contained HTML page (journey map, service blueprint, analytics), "
				+ "each drawing also as a standalone .svg file, and an index.html over all journeys.",
				"--format pdf adds a PDF of each page (A3 landscape, drawings fitted to the paper), --format png a PNG of each drawing;"
						+ " both are printed by headless Chromium (or Google Chrome, or JOURNEY_CHROMIUM).",
				"The pages use inline SVG and CSS only: no scripts, nothing fetched from the network. Prints where index.html is.",
				"The analytics are those of `journey analyze`; --priority ranks the pain points as it does there, and the page shows the formula." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:rendered", "1:the models have syntax errors or unresolved references",
				"2:bad usage, input that cannot be read, no journeys, an output folder that cannot be written,"
						+ " or no browser for --format pdf or png" })
public class RenderCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .journey files or folders to render.")
	List<Path> inputs;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The folder to write the pages to; created if missing.")
	Path output;

	/** What is written besides the pages and drawings. */
	public enum Format {
		html, pdf, png
	}

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
			description = "html (the pages and SVGs), pdf (also a PDF of each page) or png (also a PNG of each drawing). Default: ${DEFAULT-VALUE}.")
	Format format;

	@Mixin
	PriorityOption priority;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		JourneyInput input = JourneyInput.load(inputs, err, spec.name());
		if (input.exitCode() != 0) {
			return input.exitCode();
		}
		List<Journey> journeys = input.journeys();
		if (journeys.isEmpty()) {
			err.println("journey render: the input holds no journeys (only catalogue elements); nothing to render");
			return JourneyCli.BAD_INPUT;
		}
		HeadlessBrowser browser = null;
		if (format != Format.html) {
			browser = HeadlessBrowser.find().orElse(null);
			if (browser == null) {
				err.println("journey render: " + HeadlessBrowser.missingMessage(format.name()).replace("; the HTML and SVG files were written", ""));
				return JourneyCli.BAD_INPUT;
			}
		}
		try {
			OutputFolder folder = OutputFolder.open(output, input.workspace().files().values());
			JourneyRenderer.Site site = JourneyRenderer.site(journeys, priority.formula(), folder);
			out.println("Rendered " + journeys.size() + (journeys.size() == 1 ? " journey" : " journeys") + "; open " + site.index());
			if (browser != null) {
				SitePrinter printer = new SitePrinter(browser, folder);
				List<String> skipped = new ArrayList<>();
				List<Path> printed = format == Format.pdf ? printer.pdfs(site) : printer.pngs(site, skipped);
				out.println("Printed " + printed.size() + " " + format.name().toUpperCase(java.util.Locale.ROOT) + (printed.size() == 1 ? " file" : " files")
						+ " into " + folder.folder());
				skipped.forEach(picture -> err.println("journey render: no PNG of " + picture));
			}
			return 0;
		} catch (OutputFolder.OutputException e) {
			err.println("journey render: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		} catch (HeadlessBrowser.PrintException e) {
			err.println("journey render: " + e.getMessage() + "; the HTML and SVG files were written");
			return JourneyCli.BAD_INPUT;
		}
	}
}
