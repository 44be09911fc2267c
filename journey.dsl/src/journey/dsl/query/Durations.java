package journey.dsl.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import journey.dsl.model.Duration;
import journey.dsl.model.Stage;
import journey.dsl.model.TimeUnit;

/**
 * Compares and prints durations written in different units (a month counts as 30 days). A range
 * such as 2-3 weeks has a shortest and a longest length; a single amount is both.
 */
public final class Durations {

	private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(60 * 24);

	/** How a duration compares with its target: within it, over it, or over it at the long end of a range only. */
	public enum Fit {
		WITHIN, MAY_EXCEED, OVER;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		}
	}

	private Durations() {
	}

	/** The length in minutes: the shortest of a range. */
	public static BigDecimal inMinutes(Duration duration) {
		if (duration == null || duration.getAmount() == null) {
			return null;
		}
		return duration.getAmount().multiply(BigDecimal.valueOf(minutesPer(duration.getUnit())));
	}

	/** The longest length in minutes: the upper end of a range, else the single amount. */
	public static BigDecimal longestInMinutes(Duration duration) {
		if (duration == null || duration.getAmount() == null) {
			return null;
		}
		BigDecimal longest = duration.getUpTo() != null ? duration.getUpTo() : duration.getAmount();
		return longest.multiply(BigDecimal.valueOf(minutesPer(duration.getUnit())));
	}

	/** Minutes as days, to four decimals and without trailing zeros (10, not 1E+1): how timings are placed on the journey's days. */
	public static BigDecimal minutesInDays(BigDecimal minutes) {
		return plain(minutes.divide(MINUTES_PER_DAY, 4, RoundingMode.HALF_UP));
	}

	/** The number without trailing zeros, never in exponent form. */
	public static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** How the duration compares with the target; null when either is missing. */
	public static Fit fit(Duration duration, Duration target) {
		BigDecimal shortest = inMinutes(duration);
		BigDecimal limit = inMinutes(target);
		if (shortest == null || limit == null) {
			return null;
		}
		if (shortest.compareTo(limit) > 0) {
			return Fit.OVER;
		}
		return longestInMinutes(duration).compareTo(limit) > 0 ? Fit.MAY_EXCEED : Fit.WITHIN;
	}

	public static boolean isRange(Duration duration) {
		return duration != null && duration.getUpTo() != null;
	}

	private static long minutesPer(TimeUnit unit) {
		return switch (unit) {
			case MINUTES -> 1;
			case HOURS -> 60;
			case DAYS -> 60 * 24;
			case WEEKS -> 60 * 24 * 7;
			case MONTHS -> 60 * 24 * 30;
			case YEARS -> 60 * 24 * 365;
		};
	}

	/** The duration as a reader says it: "1 day", "1.5 days", "2 weeks", "2–3 weeks". */
	public static String text(Duration duration) {
		if (duration == null || duration.getAmount() == null) {
			return "";
		}
		String unit = duration.getUnit().getLiteral();
		String amount = plainText(duration.getAmount());
		if (duration.getUpTo() != null) {
			return amount + "–" + plainText(duration.getUpTo()) + " " + unit;
		}
		boolean one = duration.getAmount().compareTo(BigDecimal.ONE) == 0;
		return amount + " " + (one ? unit.substring(0, unit.length() - 1) : unit);
	}

	/** How long a stage takes, as the outputs list it: "typically 2–3 weeks", "target 2 weeks", "actual 3 weeks". */
	public static List<String> ofStage(Stage stage) {
		List<String> times = new ArrayList<>();
		if (stage.getTypicalDuration() != null) {
			times.add("typically " + text(stage.getTypicalDuration()));
		}
		if (stage.getTargetDuration() != null) {
			times.add("target " + text(stage.getTargetDuration()));
		}
		if (stage.getActualDuration() != null) {
			times.add("actual " + text(stage.getActualDuration()));
		}
		return times;
	}

	/** A number of days as a reader says it: "day 14", "days 12–15". */
	public static String days(BigDecimal from, BigDecimal to) {
		if (to == null || from.compareTo(to) == 0) {
			return "day " + plainText(from);
		}
		return "days " + plainText(from) + "–" + plainText(to);
	}

	private static String plainText(BigDecimal value) {
		return plain(value).toPlainString();
	}
}
