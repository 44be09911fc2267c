package journey.cli.analyze;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;


import journey.cli.JourneyInput;
import journey.cli.PriorityOption;
import journey.report.analyze.AnalyticsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey analyze`: prints the analytics figures of every journey as text tables or JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Prints the analytics figures of every journey as text tables or JSON.",
				"Per journey: the emotion curve; funnel conversion and drop-off per step and per branch; KPI status against "
						+ "target per journey, stage and touchpoint; pain-point priority; the teams x stages ownership matrix; "
						+ "evidence coverage; unowned touchpoints.",
				"Pain-point priority = severity x frequency x reach by default: severity low 1, medium 2, high 3, critical 4; "
						+ "frequency rare 1, occasional 2, often 3, always 4 (unrated: 1); reach = the pain point's own reach %% / 100, "
						+ "else its step's reached count / the first step's, else 1." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:a file has syntax or reference errors", "2:bad usage, or input that cannot be read" })
public class AnalyzeCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .journey files or folders to analyse.")
	List<Path> inputs;

	@Option(names = "--json", description = "Print one JSON array with an object per journey instead of text tables.")
	boolean json;

	@Mixin
	PriorityOption priority;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		JourneyInput input = JourneyInput.load(inputs, spec.commandLine().getErr(), spec.name());
		if (input.exitCode() != 0) {
			return input.exitCode();
		}
		List<AnalyticsReport.Source> sources = input.journeys().stream()
				.map(journey -> new AnalyticsReport.Source(journey, JourneyInput.display(input.fileOf(journey)))).toList();
		out.print(json ? AnalyticsReport.json(sources, priority.formula()) : AnalyticsReport.text(sources, priority.formula()));
		out.flush();
		return 0;
	}
}
