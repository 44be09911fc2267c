package journey.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.cli.PriorityOption;
import journey.dsl.model.Journey;
import journey.report.OutputFolder;
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
			Path index = JourneyRenderer.site(journeys, priority.formula(), OutputFolder.open(output, input.workspace().files().values()));
			out.println("Rendered " + journeys.size() + (journeys.size() == 1 ? " journey" : " journeys") + "; open " + index);
			return 0;
		} catch (OutputFolder.OutputException e) {
			err.println("journey render: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
	}
}
