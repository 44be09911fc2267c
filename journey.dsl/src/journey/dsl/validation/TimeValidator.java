package journey.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;

import journey.dsl.model.Duration;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Moment;
import journey.dsl.model.Step;
import journey.dsl.model.Timing;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Timings;

/** Time: ranges run from short to long, and the moments of a journey have a place in time that follows the map. */
public class TimeValidator extends AbstractJourneyChecks {

	/** The first number of a range such as 2-3 weeks is the smaller. */
	@Check
	public void checkRangeInOrder(Duration duration) {
		if (duration.getUpTo() != null && duration.getAmount() != null && duration.getUpTo().compareTo(duration.getAmount()) <= 0) {
			error("The range " + duration.getAmount().toPlainString() + "-" + duration.getUpTo().toPlainString() + " " + duration.getUnit().getLiteral()
					+ " must run from the shorter to the longer time, such as 2-3 " + duration.getUnit().getLiteral() + ".",
					duration, JourneyPackage.Literals.DURATION__UP_TO, JourneyIssueCodes.RANGE_OUT_OF_ORDER);
		}
	}

	/** A timing's anchors end at a moment that has a day, not back at the moment itself. */
	@Check
	public void checkTimingHasNoCircle(Timing timing) {
		if (!(timing.eContainer() instanceof Moment moment)) {
			return;
		}
		List<Moment> circle = Timings.circle(moment);
		if (!circle.isEmpty()) {
			String path = String.join(" → ", circle.stream().map(Moment::getName).toList()) + " → " + moment.getName();
			error("The timing of " + moment.getName() + " leads back to itself (" + path + "); time one of them from a day of the journey, such as 'at day 0'.",
					timing, JourneyPackage.Literals.TIMING__ANCHOR, JourneyIssueCodes.TIMING_CIRCLE);
		}
	}

	/** Steps whose days are known happen in map order: a step timed before a step above it in the map is a slip in the timing or the order. */
	@Check
	public void checkStepsInTimeOrder(Journey journey) {
		Step latest = null;
		Timings.Days latestDays = null;
		for (Step step : JourneyQueries.steps(journey)) {
			Timings.Days days = Timings.days(step);
			if (days == null) {
				continue;
			}
			if (latestDays != null && days.to().compareTo(latestDays.from()) < 0) {
				warning("Step " + step.getName() + " is on " + days.text() + ", before step " + latest.getName() + " (" + latestDays.text()
						+ "), which comes earlier in the map: is the timing or the order of the steps wrong?",
						step.getTiming(), null, JourneyIssueCodes.TIMING_OUT_OF_ORDER);
			} else {
				latest = step;
				latestDays = days;
			}
		}
	}
}
