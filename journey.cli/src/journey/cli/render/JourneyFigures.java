package journey.cli.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Frequency;
import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.Moment;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Severity;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Team;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;

/**
 * The figures the rendered page shows: emotion curve, funnel, pain-point priority, ownership and
 * evidence coverage. A minimal stand-in computed from journey.dsl.query until the shared analytics
 * in journey.dsl.analytics land; the page reads only these records, so swapping the source is local.
 */
public final class JourneyFigures {

	/** One point of the emotion curve; {@code value} is null where the step says nothing about feelings. */
	public record EmotionPoint(Step step, Double value) {
	}

	/** One step of the funnel. Shares are percentages; null where the model gives no number. */
	public record FunnelRow(Step step, Long reached, Double fromStart, BigDecimal continues, BigDecimal dropsOut, String dropReason) {
	}

	/** A pain point with its priority score: severity × frequency × reach. */
	public record PainRow(PainPoint pain, Moment at, int severity, int frequency, double reach, double score) {
	}

	/** A touchpoint and the evidence that it is understood: insights about it and KPIs on it. */
	public record Coverage(Touchpoint touchpoint, int insights, int kpis) {
		public boolean none() {
			return insights == 0 && kpis == 0;
		}
	}

	private JourneyFigures() {
	}

	/** The feeling at a step: its own emotion, else the mean of its touchpoints' emotions. */
	public static Double emotion(Step step) {
		if (step.getEmotion() != null) {
			return step.getEmotion().doubleValue();
		}
		return step.getTouchpoints().stream().filter(t -> t.getEmotion() != null).mapToDouble(t -> t.getEmotion()).average().stream()
				.boxed().findFirst().orElse(null);
	}

	public static List<EmotionPoint> emotionCurve(Journey journey) {
		return JourneyQueries.steps(journey).stream().map(s -> new EmotionPoint(s, emotion(s))).toList();
	}

	public static List<FunnelRow> funnel(Journey journey) {
		List<Step> steps = JourneyQueries.steps(journey);
		Long start = steps.isEmpty() ? null : steps.get(0).getReached();
		List<FunnelRow> rows = new ArrayList<>();
		for (Step step : steps) {
			BigDecimal continues = null;
			BigDecimal drops = null;
			String reason = null;
			for (Flow flow : step.getFlows()) {
				if (flow.getShare() == null) {
					continue;
				}
				if (flow.getKind() == FlowKind.DROPOUT) {
					drops = drops == null ? flow.getShare() : drops.add(flow.getShare());
					reason = flow.getReason();
				} else {
					continues = continues == null ? flow.getShare() : continues.add(flow.getShare());
				}
			}
			Double fromStart = start == null || start == 0 || step.getReached() == null ? null : 100.0 * step.getReached() / start;
			rows.add(new FunnelRow(step, step.getReached(), fromStart, continues, drops, reason));
		}
		return rows;
	}

	/**
	 * Pain points by priority, highest first. Severity counts low 1 … critical 4, frequency rare 1 …
	 * always 4 (1 when not given), reach as a fraction (1 when not given).
	 */
	public static List<PainRow> painPriority(Journey journey) {
		List<PainRow> rows = new ArrayList<>();
		for (Moment moment : JourneyQueries.moments(journey)) {
			for (PainPoint pain : moment.getPainPoints()) {
				int severity = pain.isSetSeverity() ? weight(pain.getSeverity()) : 1;
				int frequency = pain.isSetFrequency() ? weight(pain.getFrequency()) : 1;
				double reach = pain.getReach() == null ? 1.0 : pain.getReach().doubleValue() / 100.0;
				rows.add(new PainRow(pain, moment, severity, frequency, reach, severity * frequency * reach));
			}
		}
		rows.sort(Comparator.comparingDouble(PainRow::score).reversed());
		return rows;
	}

	static int weight(Severity severity) {
		return severity == null ? 1 : severity.getValue() + 1;
	}

	static int weight(Frequency frequency) {
		return frequency == null ? 1 : frequency.getValue() + 1;
	}

	/** Teams (or people without a team) × stages: how many touchpoints each stands behind. */
	public static Map<String, Map<Stage, Integer>> ownership(Journey journey) {
		Map<String, Map<Stage, Integer>> matrix = new LinkedHashMap<>();
		for (Stage stage : journey.getStages()) {
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
				Set<String> counted = new LinkedHashSet<>();
				for (Party owner : JourneyQueries.ownersOf(touchpoint)) {
					Team team = JourneyQueries.teamOf(owner);
					counted.add(JourneyQueries.label(team != null ? team : owner));
				}
				for (String owner : counted) {
					matrix.computeIfAbsent(owner, k -> new LinkedHashMap<>()).merge(stage, 1, Integer::sum);
				}
			}
		}
		return matrix;
	}

	public static List<Touchpoint> unowned(Journey journey) {
		return JourneyQueries.touchpoints(journey).stream().filter(t -> JourneyQueries.ownersOf(t).isEmpty()).toList();
	}

	public static List<Coverage> coverage(Journey journey) {
		List<Coverage> rows = new ArrayList<>();
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
			int insights = 0;
			for (Insight insight : journey.getInsights()) {
				if (insight.getTouchpoints().contains(touchpoint)) {
					insights++;
				}
			}
			rows.add(new Coverage(touchpoint, insights, touchpoint.getKpis().size()));
		}
		return rows;
	}
}
