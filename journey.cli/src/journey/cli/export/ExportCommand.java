package journey.cli.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.bpmn.BpmnExport;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.report.DisplayText;
import journey.report.OutputFolder;
import journey.report.export.CsvExport;
import journey.report.export.Exports;
import journey.report.export.Exports.Format;
import journey.report.export.JsonExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey export`: writes journeys as Mermaid, JSON, CSV or Markdown, to stdout or to a folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Exports journeys as a Mermaid diagram, JSON, CSV or a Markdown report, and processes as BPMN.",
				"mermaid: a Mermaid journey diagram per journey (<package>.<Journey>.mmd).",
				"json: each .journey file as JSON through emfjson-jackson (<file>.json); `journey import` reads it back.",
				"csv: one row per touchpoint with stage, step, channel, emotion, owners, KPIs and pain points (<package>.<Journey>.csv).",
				"markdown: a readable report per journey (<package>.<Journey>.md).",
				"bpmn: the processes of each .journey file as a BPMN 2.0 collaboration with a drawn diagram (<file>.bpmn): a pool "
						+ "per process, a lane per owner, tasks, flows for triggers, data stores for systems; `journey import` reads it back.",
				"Without -o the export goes to stdout (JSON and BPMN only for a single file). Files are written whole or not at all, "
						+ "and never over an input file." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:a file has syntax or reference errors", "2:bad usage, unreadable input, or output that cannot be written" })
public class ExportCommand implements Callable<Integer> {


	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "mermaid, json, csv, markdown or bpmn.")
	Format format;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .journey files or folders to export.")
	List<Path> inputs;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "The folder to write the files to; created if missing.")
	Path output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		JourneyInput input = JourneyInput.load(inputs, err, spec.name());
		if (input.exitCode() != 0) {
			return input.exitCode();
		}
		Map<String, String> files = new LinkedHashMap<>();
		if (format.perFile()) {
			for (Map.Entry<Resource, Path> file : input.workspace().files().entrySet()) {
				String text = fileExport(file.getKey(), file.getValue(), err);
				String name = file.getValue().getFileName().toString().replaceFirst("\\.journey$", "") + "." + format.extension();
				if (text != null && files.putIfAbsent(name, text) != null) {
					err.println("error: two input files are both called " + file.getValue().getFileName() + "; export them one folder at a time");
					return JourneyCli.BAD_INPUT;
				}
			}
			if (format == Format.bpmn && files.isEmpty()) {
				err.println("error: no input file declares a process, so there is nothing to export as BPMN");
				return JourneyCli.BAD_INPUT;
			}
		} else {
			for (Journey journey : input.journeys()) {
				files.put(DisplayText.qualifiedName(journey) + "." + format.extension(), Exports.of(format, journey));
			}
		}
		if (output == null) {
			return print(files);
		}
		try {
			OutputFolder writer = OutputFolder.open(output, input.workspace().files().values());
			for (Map.Entry<String, String> file : files.entrySet()) {
				writer.write(file.getKey(), format == Format.csv ? CsvExport.header() + file.getValue() : file.getValue());
			}
		} catch (OutputFolder.OutputException e) {
			err.println("error: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
		err.println("wrote " + files.size() + " " + format + " file(s) to " + JourneyInput.display(output));
		return 0;
	}

	/** A whole file as JSON, or its processes as BPMN (null for a file without any). */
	private String fileExport(Resource resource, Path file, PrintWriter err) throws IOException {
		if (format == Format.json) {
			return JsonExchange.export(resource);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof JourneyModel model) || !BpmnExport.hasProcesses(model)) {
			return null;
		}
		BpmnExport.Result bpmn = BpmnExport.of(model);
		bpmn.notes().forEach(note -> err.println(JourneyInput.display(file) + ": note: " + note));
		return bpmn.xml();
	}

	private int print(Map<String, String> files) {
		PrintWriter out = spec.commandLine().getOut();
		if (format.perFile() && files.size() > 1) {
			spec.commandLine().getErr().println("error: the " + format + " export writes one file per .journey file; for " + files.size()
					+ " files give a folder with -o DIR");
			return JourneyCli.BAD_INPUT;
		}
		if (format == Format.csv) {
			out.print(CsvExport.header());
		}
		String separator = format == Format.csv ? "" : "\n";
		out.print(String.join(separator, files.values()));
		out.flush();
		return 0;
	}
}
