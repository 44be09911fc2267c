package journey.dsl.query;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import journey.dsl.model.Direction;
import journey.dsl.model.Kpi;
import journey.dsl.model.Measurement;

/**
 * Which way a KPI is heading: its last two measurements in date order, judged by the direction
 * that is better for it (KpiKinds.directionOf). Where it stands against its target is
 * KpiKinds.status.
 */
public final class KpiTrends {

	/** How the last measurement compares with the one before. */
	public enum Trend {
		IMPROVING("improving"), WORSENING("worsening"), STEADY("steady"), UNKNOWN("no trend yet");

		private final String label;

		Trend(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private KpiTrends() {
	}

	/** The trend of the last two measurements in date order; unknown with fewer than two. */
	public static Trend trendOf(Kpi kpi) {
		List<Measurement> measurements = measurementsByDate(kpi);
		if (measurements.size() < 2) {
			return Trend.UNKNOWN;
		}
		BigDecimal previous = measurements.get(measurements.size() - 2).getValue();
		BigDecimal last = measurements.get(measurements.size() - 1).getValue();
		if (previous == null || last == null) {
			return Trend.UNKNOWN;
		}
		int comparison = last.compareTo(previous);
		if (comparison == 0) {
			return Trend.STEADY;
		}
		boolean better = KpiKinds.directionOf(kpi) == Direction.LOWER ? comparison < 0 : comparison > 0;
		return better ? Trend.IMPROVING : Trend.WORSENING;
	}

	/**
	 * The last measurement as people read it, with its date and where it comes from: "63.6% on
	 * 2026-04-04 from journey replay of events.csv"; empty for a KPI never measured. The hover, the
	 * KPI table and the page show it.
	 */
	public static String lastMeasured(Kpi kpi) {
		List<Measurement> measurements = measurementsByDate(kpi);
		if (measurements.isEmpty() || measurements.get(measurements.size() - 1).getValue() == null) {
			return "";
		}
		Measurement last = measurements.get(measurements.size() - 1);
		StringBuilder text = new StringBuilder(KpiKinds.valueText(kpi, last.getValue()));
		if (last.getDate() != null) {
			text.append(" on ").append(last.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
		}
		if (last.getSource() != null && !last.getSource().isBlank()) {
			text.append(" from ").append(last.getSource());
		}
		return text.toString();
	}

	/** The measurements sorted by date; undated ones (half-written) come first. */
	public static List<Measurement> measurementsByDate(Kpi kpi) {
		return kpi.getMeasurements().stream()
				.sorted(Comparator.comparing(Measurement::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
	}
}
