package journey.dsl.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.query.JourneyFlows;
import journey.dsl.query.JourneyQueries;

/**
 * The funnel of a journey: how many customers reach each step, how many of those who reached the
 * steps before it come through, and where they go or drop out, per step and per branch.
 * <p>
 * Conversion counts only forward flows ({@code next}, {@code alternative} and the implicit next
 * step of a step without flows): customers who loop back are already counted where they first
 * came in. A step's conversion is its reached count over the sum of its forward predecessors'
 * reached counts; the entry step has none.
 */
public final class Funnel {

	/**
	 * One step of the funnel; counts and ratios are null where the model gives no numbers.
	 * {@code continueShare} is the sum of the declared shares of the step's flows to other steps
	 * ({@code next}, {@code alternative} and {@code loop}: everyone who does not drop out).
	 */
	public record StepRow(Stage stage, Step step, Long reached, List<Step> from, Long fromReached, Double conversion,
			Double ofEntry, BigDecimal continueShare, BigDecimal dropShare, Long dropped, String dropReason) {
	}

	/**
	 * One way out of a step. {@code to} is null for a drop-out; {@code share} is null when the flow
	 * gives none (and for the implicit next step); {@code customers} is the step's reached count times the share.
	 */
	public record Branch(Step from, FlowKind kind, Step to, BigDecimal share, Long customers, String reason) {
	}

	private final List<StepRow> steps;
	private final List<Branch> branches;

	private Funnel(List<StepRow> steps, List<Branch> branches) {
		this.steps = steps;
		this.branches = branches;
	}

	public static Funnel of(Journey journey) {
		JourneyFlows flows = new JourneyFlows(journey);
		List<Branch> branches = new ArrayList<>();
		Map<Step, List<Step>> forwardFrom = new IdentityHashMap<>();
		for (Step step : flows.steps()) {
			forwardFrom.put(step, new ArrayList<>());
		}
		for (Step step : flows.steps()) {
			if (step.getFlows().isEmpty()) {
				for (Step next : flows.successors(step)) {
					branches.add(new Branch(step, FlowKind.NEXT, next, null, null, null));
					forwardFrom.get(next).add(step);
				}
				continue;
			}
			for (Flow flow : step.getFlows()) {
				boolean dropOut = flow.getKind() == FlowKind.DROPOUT;
				if (!dropOut && (flow.getTarget() == null || !forwardFrom.containsKey(flow.getTarget()))) {
					continue;
				}
				branches.add(new Branch(step, flow.getKind(), dropOut ? null : flow.getTarget(), flow.getShare(),
						customers(step.getReached(), flow.getShare()), flow.getReason()));
				if (flow.getKind() == FlowKind.NEXT || flow.getKind() == FlowKind.ALTERNATIVE) {
					List<Step> from = forwardFrom.get(flow.getTarget());
					if (!from.contains(step)) {
						from.add(step);
					}
				}
			}
		}
		Step start = flows.start();
		Long entry = start == null ? null : start.getReached();
		List<StepRow> rows = new ArrayList<>();
		for (Step step : flows.steps()) {
			rows.add(row(step, forwardFrom.get(step), entry));
		}
		return new Funnel(List.copyOf(rows), List.copyOf(branches));
	}

	private static StepRow row(Step step, List<Step> from, Long entry) {
		Long reached = step.getReached();
		Long fromReached = null;
		if (!from.isEmpty() && from.stream().allMatch(s -> s.getReached() != null)) {
			fromReached = from.stream().mapToLong(Step::getReached).sum();
		}
		Double conversion = reached == null || fromReached == null || fromReached == 0 ? null : (double) reached / fromReached;
		Double ofEntry = reached == null || entry == null || entry == 0 ? null : (double) reached / entry;
		Flow drop = null;
		BigDecimal continueShare = null;
		for (Flow flow : step.getFlows()) {
			if (flow.getKind() == FlowKind.DROPOUT) {
				drop = drop == null ? flow : drop;
			} else if (flow.getShare() != null) {
				continueShare = continueShare == null ? flow.getShare() : continueShare.add(flow.getShare());
			}
		}
		BigDecimal dropShare = drop == null ? null : drop.getShare();
		return new StepRow(JourneyQueries.stageOf(step), step, reached, List.copyOf(from), fromReached, conversion, ofEntry,
				continueShare, dropShare, customers(reached, dropShare), drop == null ? null : drop.getReason());
	}

	/** A share of a count, rounded to whole customers. */
	static Long customers(Long reached, BigDecimal sharePercent) {
		if (reached == null || sharePercent == null) {
			return null;
		}
		return Math.round(reached * sharePercent.doubleValue() / 100);
	}

	public List<StepRow> steps() {
		return steps;
	}

	public List<Branch> branches() {
		return branches;
	}

	/** The row of a step, or null for a step of another journey. */
	public StepRow row(Step step) {
		return steps.stream().filter(r -> r.step() == step).findFirst().orElse(null);
	}
}
