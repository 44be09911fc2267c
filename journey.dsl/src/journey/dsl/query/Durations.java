package journey.dsl.query;

import java.math.BigDecimal;

import journey.dsl.model.Duration;
import journey.dsl.model.TimeUnit;

/** Compares and prints durations written in different units (a month counts as 30 days). */
public final class Durations {

	private Durations() {
	}

	public static BigDecimal inMinutes(Duration duration) {
		if (duration == null || duration.getAmount() == null) {
			return null;
		}
		return duration.getAmount().multiply(BigDecimal.valueOf(minutesPer(duration.getUnit())));
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

	/** The duration as a reader says it: "1 day", "1.5 days", "2 weeks". */
	public static String text(Duration duration) {
		if (duration == null || duration.getAmount() == null) {
			return "";
		}
		String unit = duration.getUnit().getLiteral();
		boolean one = duration.getAmount().compareTo(BigDecimal.ONE) == 0;
		return duration.getAmount().stripTrailingZeros().toPlainString() + " " + (one ? unit.substring(0, unit.length() - 1) : unit);
	}
}
