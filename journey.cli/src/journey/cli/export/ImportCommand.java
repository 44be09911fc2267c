package journey.cli.export;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import journey.bpmn.BpmnImport;
import journey.bpmn.LaneRules;
import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.report.OutputFolder;
import journey.report.export.JsonExchange;
import journey.report.imports.ImportException;
import journey.report.imports.ImportResult;
import journey.report.imports.ImportResult.FileText;
import journey.report.imports.ImportSummary;
import journey.report.imports.InputText;
import journey.report.imports.MeasurementImport;
import journey.report.imports.MermaidImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `journey import`: JSON exports, BPMN processes, measurements from spreadsheets and Mermaid
 * journeys into .journey text. Every format ends with the same summary, and an existing file is
 * changed only with --force, as minimal edits, and written whole or not at all.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Turns other tools' files into journey text.",
				"json: a JSON export (journey export --format json) back into a .journey file.",
				"bpmn: the processes of a BPMN 2.0 file into a catalogue: pools and lanes become teams, tasks and sub-processes "
						+ "activities, flows triggers, service implementations and data stores systems.",
				"measurements: a CSV file of KPI (qualified name or title), date (ISO) and value rows into dated measurements "
						+ "of the KPIs of the project, and their actual values.",
				"mermaid: a Mermaid journey diagram into a journey: sections become stages, tasks steps, scores emotions, actors people.",
				"An existing .journey file is changed only with --force, and then only where the input differs from it, "
						+ "keeping its comments and layout. Every import ends with a summary: what it created, updated, removed, "
						+ "kept and skipped, and why." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "2:bad usage, unreadable or bad input, an existing file without --force, or output that cannot be written" })
public class ImportCommand implements Callable<Integer> {

	/** The formats that can be imported. */
	public enum Format {
		json, bpmn, measurements, mermaid
	}

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json, bpmn, measurements or mermaid.")
	Format format;

	@Parameters(index = "0", paramLabel = "FILE", description = "The file to read.")
	Path input;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT",
			description = "The .journey file to write (json, bpmn, mermaid); for measurements, the project folder or .journey file "
					+ "whose KPIs get the figures (default: the current folder's project).")
	Path output;

	@Option(names = "--force", description = "Change existing .journey files, only where the input differs from them.")
	boolean force;

	@Option(names = "--update", hidden = true, description = "The former name of --force.")
	boolean update;

	@Option(names = "--lane", paramLabel = "NAME=LANE",
			description = "bpmn: put the activities of the BPMN lane NAME, or of the task type NAME (such as serviceTask), in the "
					+ "blueprint lane LANE (frontstage, backstage or support). Repeatable. Without a rule: service, script and "
					+ "business-rule tasks are support; send and receive tasks, and tasks that exchange messages with a pool "
					+ "without a process, are frontstage; other activities backstage.")
	List<String> lanes = new ArrayList<>();

	@Option(names = "--package", paramLabel = "NAME", description = "bpmn, mermaid: the package of a new file (default: the file's name).")
	String packageName;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		boolean overwrite = force || update;
		if (format != Format.measurements) {
			if (output == null) {
				err.println("error: name the .journey file to write with -o OUT.journey");
				return JourneyCli.BAD_INPUT;
			}
			if (!output.getFileName().toString().endsWith(".journey")) {
				err.println("error: the output file must end in .journey: " + output);
				return JourneyCli.BAD_INPUT;
			}
		}
		if (!Files.isRegularFile(input)) {
			err.println(JourneyInput.display(input) + ":0:0: error: " + (Files.exists(input) ? "not a file" : "no such file"));
			return JourneyCli.BAD_INPUT;
		}
		if (update && output != null && !Files.isRegularFile(output)) {
			err.println("error: " + JourneyInput.display(output) + " does not exist, so there is nothing to update: leave out --update to create it");
			return JourneyCli.BAD_INPUT;
		}
		ImportResult result;
		try {
			result = switch (format) {
			case json -> json();
			case bpmn -> BpmnImport.importInto(input, output, LaneRules.of(lanes), packageName);
			case measurements -> MeasurementImport.importInto(input, output == null ? Path.of("") : output);
			case mermaid -> MermaidImport.importInto(input, output, packageName);
			};
		} catch (ImportException e) {
			for (ImportException.Problem problem : e.problems()) {
				err.println(JourneyInput.display(input) + ":" + problem.line() + ":" + problem.column() + ": error: " + problem.message());
			}
			if (e.problems().size() > 1) {
				err.println(e.problems().size() + " problems; nothing was written");
			}
			return JourneyCli.BAD_INPUT;
		}
		err.print(result.summary().text());
		List<FileText> overwritten = result.overwritten();
		if (!overwritten.isEmpty() && !overwrite) {
			err.println("error: nothing was written: " + String.join(", ", overwritten.stream().map(f -> JourneyInput.display(f.path())).toList())
					+ (overwritten.size() == 1 ? " exists" : " exist") + "; add --force to make the changes above, only where the input "
					+ "differs, keeping comments and layout");
			return JourneyCli.BAD_INPUT;
		}
		if (result.written().isEmpty()) {
			err.println("nothing to change: the files already say what " + JourneyInput.display(input) + " says");
			return 0;
		}
		try {
			for (FileText file : result.written()) {
				Path target = file.path().toAbsolutePath().normalize();
				OutputFolder.open(target.getParent(), List.of(input)).write(target.getFileName().toString(), file.text());
				err.println((file.exists() ? "updated " : "wrote ") + JourneyInput.display(file.path()));
			}
		} catch (OutputFolder.OutputException e) {
			err.println("error: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
		return 0;
	}

	private ImportResult json() throws ImportException {
		String json = InputText.read(input);
		ImportSummary summary = new ImportSummary();
		try {
			if (Files.exists(output)) {
				summary.updated(JourneyInput.display(output), "changed where the JSON differs from it");
				return new ImportResult(List.of(FileText.of(output, JsonExchange.updatedJourneyText(json, output))), summary);
			}
			summary.created(JourneyInput.display(output));
			return new ImportResult(List.of(FileText.of(output, JsonExchange.toJourneyText(json, output))), summary);
		} catch (JsonExchange.ImportException e) {
			throw new ImportException(e.getMessage());
		}
	}
}
