package journey.dsl.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import journey.dsl.model.Moment;
import journey.dsl.model.Timing;
import journey.dsl.model.TimingRelation;

/**
 * When steps and touchpoints happen (seed 000: "tie each touchpoint to as specific a moment as
 * possible"): as a reader says it, and as days from the journey's start, found by following the
 * anchors of 'at 2 weeks before S' to a moment that is 'at day N'.
 */
public final class Timings {

	/** The days of the journey a moment falls on: one day, or a span for a timing with a range. */
	public record Days(BigDecimal from, BigDecimal to) {

		public String text() {
			return Durations.days(from, to);
		}
	}

	private Timings() {
	}

	/** The timing as written, in words: "day 14", "2 weeks before Travels through the USA". */
	public static String text(Timing timing) {
		if (timing == null) {
			return "";
		}
		if (timing.getDay() != null) {
			return Durations.days(timing.getDay(), null);
		}
		String anchor = timing.getAnchor() == null || timing.getAnchor().eIsProxy() ? "?" : JourneyQueries.label(timing.getAnchor());
		return Durations.text(timing.getOffset()) + " " + relationWord(timing) + " " + anchor;
	}

	/**
	 * When a step or touchpoint happens, as the outputs show it: its timing with the days it falls
	 * on ("2 weeks before Travels (day 26)"), then a touchpoint's own words ('when'); empty for none.
	 */
	public static String when(Moment moment) {
		List<String> parts = new ArrayList<>();
		if (moment.getTiming() != null) {
			Days days = days(moment);
			parts.add(text(moment.getTiming()) + (days != null && moment.getTiming().getDay() == null ? " (" + days.text() + ")" : ""));
		}
		if (moment instanceof journey.dsl.model.Touchpoint touchpoint && touchpoint.getTime() != null && !touchpoint.getTime().isBlank()) {
			parts.add(touchpoint.getTime());
		}
		return String.join("; ", parts);
	}

	private static String relationWord(Timing timing) {
		return timing.getRelation() == TimingRelation.BEFORE ? "before" : "after";
	}

	/**
	 * The days of the journey the moment falls on, or null when its timing is not given or its
	 * anchors do not lead to a day (an anchor without a timing, or anchors that go round in a circle).
	 */
	public static Days days(Moment moment) {
		return days(moment, new IdentityHashMap<>());
	}

	private static Days days(Moment moment, Map<Moment, Boolean> visiting) {
		Timing timing = moment == null ? null : moment.getTiming();
		if (timing == null || visiting.put(moment, Boolean.TRUE) != null) {
			return null;
		}
		if (timing.getDay() != null) {
			return new Days(timing.getDay(), timing.getDay());
		}
		if (timing.getAnchor() == null || timing.getAnchor().eIsProxy() || timing.getOffset() == null) {
			return null;
		}
		Days anchor = days(timing.getAnchor(), visiting);
		BigDecimal shortest = Durations.inMinutes(timing.getOffset());
		if (anchor == null || shortest == null) {
			return null;
		}
		BigDecimal near = Durations.minutesInDays(shortest);
		BigDecimal far = Durations.minutesInDays(Durations.longestInMinutes(timing.getOffset()));
		return timing.getRelation() == TimingRelation.BEFORE
				? new Days(anchor.from().subtract(far), anchor.to().subtract(near))
				: new Days(anchor.from().add(near), anchor.to().add(far));
	}

	/**
	 * The moments whose anchors lead back to the moment itself, in the order followed; empty when
	 * the anchors end. Such a moment has no place in time.
	 */
	public static List<Moment> circle(Moment moment) {
		List<Moment> path = new ArrayList<>();
		Map<Moment, Boolean> seen = new IdentityHashMap<>();
		for (Moment current = moment; current != null && current.getTiming() != null; current = anchorOf(current)) {
			if (seen.put(current, Boolean.TRUE) != null) {
				return current == moment ? path : List.of();
			}
			path.add(current);
		}
		return List.of();
	}

	private static Moment anchorOf(Moment moment) {
		Moment anchor = moment.getTiming().getAnchor();
		return anchor == null || anchor.eIsProxy() ? null : anchor;
	}
}
