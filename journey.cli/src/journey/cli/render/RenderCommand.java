package journey.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import journey.cli.DisplayText;
import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.cli.PriorityOption;
import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
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
				"The pages use inline SVG and CSS only: no scripts, nothing fetched from the network. Prints where index.html is.",
				"The analytics are those of `journey analyze`; --priority ranks the pain points as it does there, and the page shows the formula." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:rendered", "1:the models have syntax errors or unresolved references",
				"2:bad usage, input that cannot be read, no journeys, or an output folder that cannot be written" })
public class RenderCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .journey files or folders to render.")
	List<Path> inputs;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The folder to write the pages to; created if missing.")
	Path output;

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
		try {
			SiteWriter writer = SiteWriter.open(output, input.workspace().files().values());
			Path index = render(journeys, priority.formula(), writer);
			out.println("Rendered " + journeys.size() + (journeys.size() == 1 ? " journey" : " journeys") + "; open " + index);
			return 0;
		} catch (SiteWriter.OutputException e) {
			err.println("journey render: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
	}

	/** Writes every journey's page and drawings, then the index; returns the index page. */
	static Path render(List<Journey> journeys, PriorityFormula priority, SiteWriter writer) throws SiteWriter.OutputException {
		Set<String> used = new HashSet<>();
		List<IndexPage.Entry> entries = new ArrayList<>();
		for (Journey journey : journeys) {
			String base = fileName(DisplayText.qualifiedName(journey), used);
			JourneyAnalytics analytics = JourneyAnalytics.of(journey, priority);
			JourneyPage.Drawings drawings = new JourneyPage.Drawings(JourneyMapSvg.render(journey), base + "-map.svg",
					BlueprintSvg.render(journey), base + "-blueprint.svg", FlowGraphSvg.render(journey), base + "-flow.svg");
			writer.write(drawings.mapFile(), xml(drawings.map()));
			writer.write(drawings.blueprintFile(), xml(drawings.blueprint()));
			writer.write(drawings.flowFile(), xml(drawings.flow()));
			writer.write(base + ".html", JourneyPage.render(analytics, drawings));
			entries.add(new IndexPage.Entry(journey, analytics.emotionCurve(), base + ".html"));
		}
		return writer.write("index.html", IndexPage.render(entries));
	}

	private static String xml(Svg.Drawing drawing) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + drawing.markup();
	}

	/** A file name safe on every file system, unique within this run, never "index". */
	static String fileName(String qualifiedName, Set<String> used) {
		String base = qualifiedName.replaceAll("[^A-Za-z0-9._-]", "_");
		if (base.isEmpty() || base.startsWith(".")) {
			base = "journey" + base;
		}
		String candidate = base;
		for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)) || candidate.equalsIgnoreCase("index"); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}
}
