package journey.dsl.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Step;
import journey.dsl.query.JourneyFlows;
import journey.dsl.query.JourneyQueries;

/** Flow and funnel: every step is reachable, flows go somewhere, loops have a way out, counts only fall. */
public class FlowValidator extends AbstractJourneyChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A flow other than a drop-out leads to a step, and a next or alternative flow to another step than its own. */
	@Check
	public void checkFlowGoesSomewhere(Flow flow) {
		if (flow.getKind() == FlowKind.DROPOUT) {
			return;
		}
		Step from = JourneyQueries.stepOf(flow);
		if (flow.getTarget() == null) {
			error("This " + flow.getKind().getLiteral() + " flow leads nowhere: name the step customers go to, or write 'drops' for customers who leave.",
					flow, JourneyPackage.Literals.FLOW__KIND, JourneyIssueCodes.FLOW_WITHOUT_TARGET);
		} else if (flow.getTarget() == from && (flow.getKind() == FlowKind.NEXT || flow.getKind() == FlowKind.ALTERNATIVE)) {
			error("This " + flow.getKind().getLiteral() + " flow leads back to its own step " + from.getName() + "; write it as a 'loop', or name another step.",
					flow, JourneyPackage.Literals.FLOW__TARGET, JourneyIssueCodes.FLOW_WITHOUT_TARGET);
		}
	}

	/** A repeat purchase leads back to an earlier step (or the step itself): the same customer buys again. */
	@Check
	public void checkRepeatLeadsBack(Flow flow) {
		if (flow.getKind() != FlowKind.REPEAT || flow.getTarget() == null || flow.getTarget().eIsProxy()) {
			return;
		}
		Step from = JourneyQueries.stepOf(flow);
		List<Step> steps = JourneyQueries.steps(JourneyQueries.journeyOf(flow));
		if (steps.indexOf(flow.getTarget()) > steps.indexOf(from)) {
			warning("A repeat purchase leads back to an earlier step, but " + flow.getTarget().getName() + " comes after " + from.getName()
					+ "; write 'next' for customers who go on, or name the step where they start again.",
					flow, JourneyPackage.Literals.FLOW__TARGET, JourneyIssueCodes.REPEAT_LEADS_FORWARD);
		}
	}

	/** The shares of a step's flows add up to at most 100%; a referral brings in new customers and is no part of the split. */
	@Check
	public void checkStepSharesAtMost100(Step step) {
		BigDecimal total = step.getFlows().stream().filter(f -> f.getKind() != FlowKind.REFERRAL).map(Flow::getShare).filter(s -> s != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(HUNDRED) > 0) {
			warning("The flows of step " + step.getName() + " share out " + total.toPlainString() + "% of its customers; they cannot add up to more than 100%.",
					step, JourneyPackage.Literals.STEP__FLOWS, JourneyIssueCodes.SHARES_EXCEED_100);
		}
	}

	/** Every step can be reached from the start; a funnel count does not exceed what the steps before it explain; loops have a way out. */
	@Check
	public void checkJourneyFlow(Journey journey) {
		JourneyFlows flows = new JourneyFlows(journey);
		Set<Step> reachable = flows.reachable();
		for (Step step : flows.steps()) {
			if (!reachable.contains(step)) {
				warning("No flow leads to step " + step.getName() + " from the start of the journey (" + flows.start().getName()
						+ "); add a 'next', 'alternative' or 'loop' flow towards it.",
						step, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.UNREACHABLE_STEP);
			}
			checkFunnel(flows, step);
		}
		for (List<Step> cycle : flows.cycles()) {
			if (!flows.hasExit(cycle)) {
				Step first = cycle.get(cycle.size() - 1);
				warning("Customers who reach step " + first.getName() + " loop through " + names(cycle)
						+ " for ever: add a flow out of the loop, or a drop-out.",
						first, JourneyPackage.Literals.STEP__FLOWS, JourneyIssueCodes.LOOP_WITHOUT_EXIT);
			}
		}
	}

	private void checkFunnel(JourneyFlows flows, Step step) {
		if (step.getReached() == null || flows.isOnCycle(step) || flows.predecessors(step).isEmpty()) {
			return;
		}
		long before = 0;
		for (Step predecessor : flows.predecessors(step)) {
			if (predecessor.getReached() == null) {
				return;
			}
			before += predecessor.getReached();
		}
		if (step.getReached() > before) {
			String from = flows.predecessors(step).size() == 1 ? "the step before it reached " + before
					: "the steps leading to it reached " + before + " together";
			warning("Step " + step.getName() + " reached " + step.getReached() + " customers, but " + from
					+ "; a funnel count cannot grow unless a loop or another entry explains it.",
					step, JourneyPackage.Literals.STEP__REACHED, JourneyIssueCodes.FUNNEL_INCREASE);
		}
	}

	private static String names(List<Step> steps) {
		return String.join(", ", steps.stream().map(Step::getName).toList());
	}
}
