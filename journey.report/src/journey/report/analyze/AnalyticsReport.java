package journey.report.analyze;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.report.JsonText;
import journey.report.DisplayText;
import journey.report.OutputText;

/** The figures of journeys as text tables or as JSON, as `journey analyze` prints them. */
public final class AnalyticsReport {

	/** A journey and how to name the file it comes from. */
	public record Source(Journey journey, String file) {
	}

	private AnalyticsReport() {
	}

	/** A heading and the text tables per journey. */
	public static String text(List<Source> sources, PriorityFormula priority) {
		StringBuilder text = new StringBuilder();
		for (Source source : sources) {
			Journey journey = source.journey();
			text.append("== ").append(DisplayText.qualifiedName(journey)).append(journey.getTitle() == null ? "" : ": " + OutputText.terminal(journey.getTitle()))
					.append(" (").append(source.file()).append(")\n\n");
			text.append(AnalyticsText.all(JourneyAnalytics.of(journey, priority))).append('\n');
		}
		return text.toString();
	}

	/** One JSON array with an object per journey. */
	public static String json(List<Source> sources, PriorityFormula priority) {
		ArrayNode all = JsonNodeFactory.instance.arrayNode();
		for (Source source : sources) {
			all.add(AnalyticsJson.of(JourneyAnalytics.of(source.journey(), priority), source.file()));
		}
		return JsonText.indented(all);
	}
}
