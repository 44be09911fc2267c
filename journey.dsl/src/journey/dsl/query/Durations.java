package journey.dsl.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

import journey.dsl.model.Duration;
import journey.dsl.model.TimeUnit;

/**
 * Compares and prints durations written in different units (a month counts as 30 days). A range
 * such as 2-3 weeks has a shortest and a longest length; a single amount is both.
 */
public final class Durations {

	private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(60 * 24);

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

	/** Minutes as days, to four decimals: how timings are placed on the journey's days. */
	public static BigDecimal minutesInDays(BigDecimal minutes) {
		return minutes.divide(MINUTES_PER_DAY, 4, RoundingMode.HALF_UP).stripTrailingZeros();
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
		String amount = plain(duration.getAmount());
		if (duration.getUpTo() != null) {
			return amount + "–" + plain(duration.getUpTo()) + " " + unit;
		}
		boolean one = duration.getAmount().compareTo(BigDecimal.ONE) == 0;
		return amount + " " + (one ? unit.substring(0, unit.length() - 1) : unit);
	}

	/** A number of days as a reader says it: "day 14", "days 12–15". */
	public static String days(BigDecimal from, BigDecimal to) {
		if (to == null || from.compareTo(to) == 0) {
			return "day " + plain(from);
		}
		return "days " + plain(from) + "–" + plain(to);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
