package journey.dsl.analytics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;

/**
 * Which touchpoints of a journey rest on evidence: the journey's insights about them and the KPIs
 * that measure them. A touchpoint with neither is uncovered.
 */
public final class EvidenceCoverage {

	/** The evidence behind one touchpoint. */
	public record Coverage(Stage stage, Step step, Touchpoint touchpoint, List<Insight> insights, List<Kpi> kpis) {

		public boolean covered() {
			return !insights.isEmpty() || !kpis.isEmpty();
		}
	}

	private final List<Coverage> touchpoints;

	private EvidenceCoverage(List<Coverage> touchpoints) {
		this.touchpoints = touchpoints;
	}

	public static EvidenceCoverage of(Journey journey) {
		Map<Touchpoint, List<Insight>> insights = new IdentityHashMap<>();
		for (Insight insight : journey.getInsights()) {
			for (Touchpoint about : insight.getTouchpoints()) {
				List<Insight> list = insights.computeIfAbsent(about, t -> new ArrayList<>());
				if (!list.contains(insight)) {
					list.add(insight);
				}
			}
		}
		List<Coverage> rows = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			for (Step step : stage.getSteps()) {
				for (Touchpoint touchpoint : step.getTouchpoints()) {
					rows.add(new Coverage(stage, step, touchpoint, List.copyOf(insights.getOrDefault(touchpoint, List.of())),
							List.copyOf(touchpoint.getKpis())));
				}
			}
		}
		return new EvidenceCoverage(List.copyOf(rows));
	}

	/** Every touchpoint, in map order. */
	public List<Coverage> touchpoints() {
		return touchpoints;
	}

	public List<Coverage> covered() {
		return touchpoints.stream().filter(Coverage::covered).toList();
	}

	public List<Coverage> uncovered() {
		return touchpoints.stream().filter(c -> !c.covered()).toList();
	}
}
