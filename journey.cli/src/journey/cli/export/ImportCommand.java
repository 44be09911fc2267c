package journey.cli.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.report.OutputFolder;
import journey.report.export.JsonExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey import`: turns a JSON export back into .journey text, or into changes of an existing .journey file. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Turns a JSON export (journey export --format json) back into journey text.",
				"References to other .journey files resolve relative to the output file, so write it next to the files "
						+ "the original sat beside (e.g. the catalogue it imports). An existing .journey file is never replaced; "
						+ "with --update it is changed only where the JSON differs from it, keeping its comments and layout." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "2:bad usage, unreadable input, or output that cannot be written" })
public class ImportCommand implements Callable<Integer> {

	/** The formats that can be imported. */
	public enum Format {
		json
	}

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json.")
	Format format;

	@Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to read.")
	Path input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.journey", description = "The .journey file to write.")
	Path output;

	@Option(names = "--update", description = "Change the existing OUT.journey only where the JSON differs from it, "
			+ "as a diagram save does: comments, blank lines and untouched lines stay.")
	boolean update;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		String json;
		try {
			json = Files.readString(input);
		} catch (NoSuchFileException e) {
			err.println(JourneyInput.display(input) + ":0:0: error: no such file");
			return JourneyCli.BAD_INPUT;
		} catch (CharacterCodingException e) {
			err.println(JourneyInput.display(input) + ":0:0: error: the file is not UTF-8 text; save it as UTF-8");
			return JourneyCli.BAD_INPUT;
		} catch (IOException e) {
			err.println(JourneyInput.display(input) + ":0:0: error: cannot read the file: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
		if (!output.getFileName().toString().endsWith(".journey")) {
			err.println("error: the output file must end in .journey: " + output);
			return JourneyCli.BAD_INPUT;
		}
		if (Files.exists(output) && !update) {
			err.println("error: " + JourneyInput.display(output) + " already exists; .journey files are sources, so import never replaces one: "
					+ "choose another name, or add --update to change it only where the JSON differs");
			return JourneyCli.BAD_INPUT;
		}
		if (update && !Files.isRegularFile(output)) {
			err.println("error: " + JourneyInput.display(output) + " does not exist, so there is nothing to update: leave out --update to create it");
			return JourneyCli.BAD_INPUT;
		}
		try {
			OutputFolder folder = OutputFolder.open(output.toAbsolutePath().getParent(), List.of(input));
			String name = output.getFileName().toString();
			if (update) {
				String before = Files.readString(output);
				String text = JsonExchange.updatedJourneyText(json, output);
				if (text.equals(before)) {
					err.println(JourneyInput.display(output) + " already says what the JSON says: nothing to update");
					return 0;
				}
				folder.write(name, text);
				err.println("updated " + JourneyInput.display(output));
				return 0;
			}
			String text = JsonExchange.toJourneyText(json, output);
			folder.write(name, text);
		} catch (JsonExchange.ImportException e) {
			err.println(JourneyInput.display(input) + ":0:0: error: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		} catch (OutputFolder.OutputException e) {
			err.println("error: " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		} catch (IOException e) {
			err.println("error: cannot read " + JourneyInput.display(output) + ": " + e.getMessage());
			return JourneyCli.BAD_INPUT;
		}
		err.println("wrote " + JourneyInput.display(output));
		return 0;
	}
}
