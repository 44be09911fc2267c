package journey.dsl.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import journey.dsl.model.Journey;
import journey.dsl.model.Moment;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;

/**
 * The pain points of a journey ranked by priority, highest first (ties keep map order).
 * <p>
 * By default <b>priority = severity &times; frequency &times; reach</b>, where
 * <ul>
 * <li>severity weighs low 1, medium 2, high 3, critical 4 (unrated: 1);</li>
 * <li>frequency weighs rare 1, occasional 2, often 3, always 4 (unrated: 1);</li>
 * <li>reach is the pain point's own {@code reach} percentage / 100; else the share of the journey's
 * entry count that reached its step (the step's {@code reached} over the first step's
 * {@code reached}); else 1.</li>
 * </ul>
 * A {@link PriorityFormula} replaces the product, e.g. {@code severity * frequency}.
 */
public final class PainPointPriorities {

	/** Where a pain point's reach comes from. */
	public enum ReachSource {
		/** its own {@code reach} percentage */
		DECLARED,
		/** its step's reached count over the journey's entry count */
		FUNNEL,
		/** nothing known: 1 */
		DEFAULT
	}

	/** One ranked pain point with the inputs of its priority. */
	public record Ranked(PainPoint painPoint, Stage stage, Step step, Moment at, int severity, int frequency, double reach,
			ReachSource reachSource, double priority) {
	}

	private final PriorityFormula formula;
	private final List<Ranked> ranked;

	private PainPointPriorities(PriorityFormula formula, List<Ranked> ranked) {
		this.formula = formula;
		this.ranked = ranked;
	}

	public static PainPointPriorities of(Journey journey) {
		return of(journey, PriorityFormula.DEFAULT);
	}

	public static PainPointPriorities of(Journey journey, PriorityFormula formula) {
		List<Step> steps = JourneyQueries.steps(journey);
		Long entry = steps.isEmpty() ? null : steps.get(0).getReached();
		List<Ranked> ranked = new ArrayList<>();
		for (Step step : steps) {
			for (PainPoint painPoint : step.getPainPoints()) {
				ranked.add(rank(formula, painPoint, step, step, entry));
			}
			for (Touchpoint touchpoint : step.getTouchpoints()) {
				for (PainPoint painPoint : touchpoint.getPainPoints()) {
					ranked.add(rank(formula, painPoint, step, touchpoint, entry));
				}
			}
		}
		ranked.sort(Comparator.comparingDouble(Ranked::priority).reversed());
		return new PainPointPriorities(formula, List.copyOf(ranked));
	}

	private static Ranked rank(PriorityFormula formula, PainPoint painPoint, Step step, Moment at, Long entry) {
		int severity = PriorityFormula.weight(painPoint.isSetSeverity() ? painPoint.getSeverity() : null);
		int frequency = PriorityFormula.weight(painPoint.isSetFrequency() ? painPoint.getFrequency() : null);
		double reach;
		ReachSource source;
		if (painPoint.getReach() != null) {
			reach = painPoint.getReach().doubleValue() / 100;
			source = ReachSource.DECLARED;
		} else if (step.getReached() != null && entry != null && entry > 0) {
			reach = (double) step.getReached() / entry;
			source = ReachSource.FUNNEL;
		} else {
			reach = 1;
			source = ReachSource.DEFAULT;
		}
		double priority = formula.evaluate(new PriorityFormula.Inputs(severity, frequency, reach));
		return new Ranked(painPoint, JourneyQueries.stageOf(step), step, at, severity, frequency, reach, source, priority);
	}

	public PriorityFormula formula() {
		return formula;
	}

	/** Highest priority first. */
	public List<Ranked> ranked() {
		return ranked;
	}
}
