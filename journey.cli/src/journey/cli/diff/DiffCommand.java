package journey.cli.diff;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.dsl.compare.JourneyComparison;
import journey.dsl.model.Journey;
import journey.report.DisplayText;
import journey.report.OutputFolder;
import journey.report.compare.ComparisonReport;
import journey.report.render.JourneyRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey diff`: what changed between two versions of journeys, or between each journey and its baseline. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Compares journeys by meaning: stages, steps and touchpoints added, removed, renamed or moved; channel switches; "
				+ "emotion changes per step; pain points solved and new; KPI target and actual changes; activities, owners and "
				+ "'supported by' links gained or lost.",
				"With OLD and NEW (two files or two folders), journeys are paired by qualified name; where each side has one journey "
						+ "left, those two are paired. With one input, each journey that names a baseline is compared with it.",
				"Elements are paired by name, then by title, so a renamed step with the same title is reported as renamed." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:compared (differences or not)", "1:a file has syntax or reference errors",
				"2:bad usage, input that cannot be read, nothing to compare, or an output folder that cannot be written" })
public class DiffCommand implements Callable<Integer> {

	@Parameters(arity = "1..2", paramLabel = "OLD [NEW]", description = "The old and the new version (files or folders), or one input whose journeys have baselines.")
	List<Path> inputs;

	/** How the comparison is written. */
	public enum Format {
		text, json, html
	}

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (tables), json, or html (a comparison page, written to -o). Default: ${DEFAULT-VALUE}.")
	Format format;

	@Option(names = "--json", description = "The same as --format json.")
	boolean json;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "For --format html: the folder to write comparison.html to; created if missing.")
	Path output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Format chosen = json ? Format.json : format;
		if (chosen == Format.html && output == null) {
			err.println("journey diff: --format html writes a page; name its folder with -o DIR");
			return JourneyCli.BAD_INPUT;
		}
		List<ComparisonReport.Source> sources = new ArrayList<>();
		List<ComparisonReport.Unpaired> unpaired = new ArrayList<>();
		int exit = inputs.size() == 1 ? againstBaselines(err, sources) : twoVersions(err, sources, unpaired);
		if (exit != 0) {
			return exit;
		}
		switch (chosen) {
			case text -> out.print(ComparisonReport.text(sources, unpaired));
			case json -> out.print(ComparisonReport.json(sources, unpaired));
			case html -> {
				try {
					OutputFolder folder = OutputFolder.open(output, inputs);
					out.println(JourneyInput.display(folder.write("comparison.html", JourneyRenderer.comparisonPage(sources, unpaired))));
				} catch (OutputFolder.OutputException e) {
					err.println("journey diff: " + e.getMessage());
					return JourneyCli.BAD_INPUT;
				}
			}
		}
		out.flush();
		return 0;
	}

	private int againstBaselines(PrintWriter err, List<ComparisonReport.Source> sources) {
		JourneyInput input = JourneyInput.load(inputs, err, spec.name());
		if (input.exitCode() != 0) {
			return input.exitCode();
		}
		for (Journey journey : input.journeys()) {
			Journey baseline = journey.getBaseline();
			if (baseline != null && !baseline.eIsProxy()) {
				String baselineFile = input.fileOf(baseline) != null ? JourneyInput.display(input.fileOf(baseline))
						: baseline.eResource().getURI().lastSegment();
				sources.add(new ComparisonReport.Source(JourneyComparison.of(baseline, journey), baselineFile, JourneyInput.display(input.fileOf(journey))));
			}
		}
		if (sources.isEmpty()) {
			err.println("journey diff: no journey in " + JourneyInput.display(inputs.get(0))
					+ " names a baseline; name one with 'baseline OtherJourney', or give the old and the new version: journey diff OLD NEW");
			return JourneyCli.BAD_INPUT;
		}
		return 0;
	}

	private int twoVersions(PrintWriter err, List<ComparisonReport.Source> sources, List<ComparisonReport.Unpaired> unpaired) {
		JourneyInput old = JourneyInput.load(List.of(inputs.get(0)), err, spec.name());
		if (old.exitCode() != 0) {
			return old.exitCode();
		}
		JourneyInput now = JourneyInput.load(List.of(inputs.get(1)), err, spec.name());
		if (now.exitCode() != 0) {
			return now.exitCode();
		}
		if (old.journeys().isEmpty() && now.journeys().isEmpty()) {
			err.println("journey diff: neither " + JourneyInput.display(inputs.get(0)) + " nor " + JourneyInput.display(inputs.get(1))
					+ " holds a journey; nothing to compare");
			return JourneyCli.BAD_INPUT;
		}
		Map<String, Journey> remaining = new LinkedHashMap<>();
		now.journeys().forEach(journey -> remaining.putIfAbsent(DisplayText.qualifiedName(journey), journey));
		List<Journey> gone = new ArrayList<>();
		for (Journey before : old.journeys()) {
			Journey after = remaining.remove(DisplayText.qualifiedName(before));
			if (after != null) {
				sources.add(source(old, before, now, after));
			} else {
				gone.add(before);
			}
		}
		if (gone.size() == 1 && remaining.size() == 1) {
			sources.add(source(old, gone.remove(0), now, remaining.values().iterator().next()));
			remaining.clear();
		}
		gone.forEach(journey -> unpaired.add(new ComparisonReport.Unpaired(journey, JourneyInput.display(old.fileOf(journey)), false)));
		remaining.values().forEach(journey -> unpaired.add(new ComparisonReport.Unpaired(journey, JourneyInput.display(now.fileOf(journey)), true)));
		return 0;
	}

	private static ComparisonReport.Source source(JourneyInput old, Journey before, JourneyInput now, Journey after) {
		return new ComparisonReport.Source(JourneyComparison.of(before, after), JourneyInput.display(old.fileOf(before)), JourneyInput.display(now.fileOf(after)));
	}
}
