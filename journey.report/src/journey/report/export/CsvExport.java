package journey.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import journey.report.DisplayText;
import journey.dsl.model.Channel;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.Ownership;
import journey.dsl.query.Timings;
import journey.report.OutputText;

/**
 * Writes journeys as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled): one row per touchpoint, and one for each step
 * without touchpoints. Names, which references use, stand beside titles, which people read; a
 * touchpoint without an emotion of its own shows its step's.
 */
public final class CsvExport {

	static final List<String> HEADER = List.of("journey", "journey title", "stage", "stage title", "step", "step title", "role", "reached",
			"step when", "step asks", "touchpoint", "touchpoint title", "channel", "channel title", "touchpoint when", "emotion", "with", "owners", "kpis",
			"pain points");

	private CsvExport() {
	}

	public static String header() {
		return line(HEADER);
	}

	/** The rows of one journey, without the header. */
	public static String rows(Journey journey) {
		StringBuilder csv = new StringBuilder();
		for (Stage stage : journey.getStages()) {
			for (Step step : stage.getSteps()) {
				if (step.getTouchpoints().isEmpty()) {
					csv.append(line(row(journey, stage, step, null)));
				}
				for (Touchpoint touchpoint : step.getTouchpoints()) {
					csv.append(line(row(journey, stage, step, touchpoint)));
				}
			}
		}
		return csv.toString();
	}

	private static List<String> row(Journey journey, Stage stage, Step step, Touchpoint touchpoint) {
		List<String> row = new ArrayList<>();
		row.add(DisplayText.qualifiedName(journey));
		row.add(journey.getTitle());
		row.add(stage.getName());
		row.add(stage.getTitle());
		row.add(step.getName());
		row.add(step.getTitle());
		row.add(CustomerRoles.of(step));
		row.add(step.getReached() == null ? "" : step.getReached().toString());
		row.add(Timings.when(step));
		row.add(String.join("; ", step.getQuestions()));
		Integer emotion = touchpoint != null && touchpoint.getEmotion() != null ? touchpoint.getEmotion() : step.getEmotion();
		if (touchpoint == null) {
			row.addAll(List.of("", "", "", "", ""));
			row.add(emotion == null ? "" : emotion.toString());
			row.addAll(List.of("", "", ""));
			row.add(step.getPainPoints().stream().map(CsvExport::pain).collect(Collectors.joining("; ")));
			return row;
		}
		Channel channel = touchpoint.getChannel() == null || touchpoint.getChannel().eIsProxy() ? null : touchpoint.getChannel();
		row.add(touchpoint.getName());
		row.add(touchpoint.getTitle());
		row.add(channel == null ? "" : channel.getName());
		row.add(channel == null ? "" : channel.getTitle());
		row.add(Timings.when(touchpoint));
		row.add(emotion == null ? "" : emotion.toString());
		row.add(touchpoint.getDealsWith().stream().filter(p -> !p.eIsProxy()).map(BuyingGroups::describe).collect(Collectors.joining("; ")));
		row.add(Ownership.ownersOf(touchpoint).stream().map(Party::getName).collect(Collectors.joining("; ")));
		row.add(touchpoint.getKpis().stream().map(CsvExport::kpi).collect(Collectors.joining("; ")));
		row.add(touchpoint.getPainPoints().stream().map(CsvExport::pain).collect(Collectors.joining("; ")));
		return row;
	}

	/** name (severity, frequency), with only what is rated. */
	private static String pain(PainPoint pain) {
		List<String> rating = new ArrayList<>();
		if (pain.isSetSeverity()) {
			rating.add(pain.getSeverity().getLiteral());
		}
		if (pain.isSetFrequency()) {
			rating.add(pain.getFrequency().getLiteral());
		}
		return pain.getName() + (rating.isEmpty() ? "" : " (" + String.join(", ", rating) + ")");
	}

	/** name=actual/target, with "?" for a missing number. */
	private static String kpi(Kpi kpi) {
		return kpi.getName() + "=" + orQuestion(DisplayText.kpiValue(kpi, kpi.getActual())) + "/" + orQuestion(DisplayText.kpiValue(kpi, kpi.getTarget()));
	}

	private static String orQuestion(String value) {
		return value == null ? "?" : value;
	}

	static String line(List<String> fields) {
		return fields.stream().map(CsvExport::field).collect(Collectors.joining(",")) + "\r\n";
	}

	static String field(String raw) {
		if (raw == null) {
			return "";
		}
		String value = OutputText.clean(raw);
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
