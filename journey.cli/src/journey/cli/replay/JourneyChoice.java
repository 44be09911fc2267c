package journey.cli.replay;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import journey.cli.JourneyCli;
import journey.cli.JourneyInput;
import journey.dsl.model.Journey;
import journey.report.DisplayText;

/** The journey that --journey names, among those of the input; its file, or the exit code of a clear refusal. */
record JourneyChoice(JourneyInput input, Journey journey, int exitCode) {

	static JourneyChoice find(Path in, String name, PrintWriter err, String command) {
		JourneyInput input = JourneyInput.load(List.of(in), err, command);
		if (input.exitCode() != 0) {
			return new JourneyChoice(input, null, input.exitCode());
		}
		List<Journey> matches = input.journeys().stream()
				.filter(journey -> DisplayText.qualifiedName(journey).equals(name) || journey.getName().equals(name)).toList();
		if (matches.size() != 1) {
			err.println("journey " + command + ": " + (matches.isEmpty() ? "no journey named " + name : name + " names " + matches.size()
					+ " journeys; give its qualified name") + " in " + JourneyInput.display(in) + "; the journeys there are: "
					+ String.join(", ", input.journeys().stream().map(DisplayText::qualifiedName).toList()));
			return new JourneyChoice(input, null, JourneyCli.BAD_INPUT);
		}
		return new JourneyChoice(input, matches.get(0), 0);
	}
}
