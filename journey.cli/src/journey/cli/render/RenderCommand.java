package journey.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import journey.cli.JourneyCli;
import journey.cli.Workspace;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey render`: writes a self-contained HTML page per journey, its SVGs and an index page. */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = { "Renders each journey as a self-contained HTML page (journey map, service blueprint, analytics), "
				+ "each drawing also as a standalone .svg file, and an index.html over all journeys.",
				"The pages use inline SVG and CSS only: no scripts, nothing fetched from the network. Prints where index.html is." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:rendered", "1:the models have syntax errors or unresolved references",
				"2:bad usage, input that cannot be read, no journeys, or an output folder that cannot be written" })
public class RenderCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .journey files or folders to render.")
	List<Path> inputs;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The folder to write the pages to; created if missing.")
	Path output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Workspace workspace = Workspace.load(inputs);
		for (Workspace.InputProblem problem : workspace.problems()) {
			err.printf("%s:%d:%d: error: %s%n", problem.file(), problem.line(), problem.column(), problem.message());
		}
		if (!workspace.problems().isEmpty()) {
			return JourneyCli.BAD_INPUT;
		}
		int errors = 0;
		List<Journey> journeys = new ArrayList<>();
		for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
			for (Resource.Diagnostic error : file.getKey().getErrors()) {
				err.printf("%s:%d:%d: error: %s%n", file.getValue(), error.getLine(), error.getColumn(), error.getMessage());
				errors++;
			}
			for (var content : file.getKey().getContents()) {
				if (content instanceof JourneyModel model) {
					journeys.addAll(model.getJourneys());
				}
			}
		}
		if (errors > 0) {
			err.printf("journey render: %d error(s); fix them (see journey validate) and render again%n", errors);
			return JourneyCli.MODEL_ERRORS;
		}
		if (journeys.isEmpty()) {
			err.println("journey render: the input holds no journeys (only catalogue elements); nothing to render");
			return JourneyCli.BAD_INPUT;
		}
		try {
			SiteWriter writer = SiteWriter.open(output, workspace.files().values());
			Path index = render(journeys, writer);
			out.println("Rendered " + journeys.size() + (journeys.size() == 1 ? " journey" : " journeys") + "; open " + index);
			return 0;
		} catch (SiteWriter.OutputException e) {
			err.println("journey render: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
	}

	/** Writes every journey's page and drawings, then the index; returns the index page. */
	static Path render(List<Journey> journeys, SiteWriter writer) throws SiteWriter.OutputException {
		Set<String> used = new HashSet<>();
		List<IndexPage.Entry> entries = new ArrayList<>();
		for (Journey journey : journeys) {
			String base = fileName(JourneyPage.qualifiedName(journey), used);
			JourneyPage.Drawings drawings = new JourneyPage.Drawings(JourneyMapSvg.render(journey), base + "-map.svg",
					BlueprintSvg.render(journey), base + "-blueprint.svg", FlowGraphSvg.render(journey), base + "-flow.svg");
			writer.write(drawings.mapFile(), xml(drawings.map()));
			writer.write(drawings.blueprintFile(), xml(drawings.blueprint()));
			writer.write(drawings.flowFile(), xml(drawings.flow()));
			writer.write(base + ".html", JourneyPage.render(journey, drawings));
			entries.add(new IndexPage.Entry(journey, base + ".html"));
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
