package journey.report.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import journey.dsl.model.JourneyFactory;
import journey.dsl.model.Kpi;
import journey.dsl.model.Measurement;

/** Adds dated measurements to a KPI in date order, as the replay and the spreadsheet import both write them. */
public final class MeasurementWriter {

	private MeasurementWriter() {
	}

	/** The calendar day as the model holds it: midnight UTC, as the DATE converter reads it. */
	public static Date day(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** The KPI's measurement on that day, or null. */
	public static Measurement on(Kpi kpi, Date day) {
		return kpi.getMeasurements().stream().filter(m -> day.equals(m.getDate())).findFirst().orElse(null);
	}

	/** Adds a measurement among the KPI's others by date; the caller has checked that the day has none. */
	public static Measurement add(Kpi kpi, Date day, BigDecimal value, String source) {
		Measurement measurement = JourneyFactory.eINSTANCE.createMeasurement();
		measurement.setDate(day);
		measurement.setValue(value);
		measurement.setSource(source);
		int at = 0;
		while (at < kpi.getMeasurements().size() && kpi.getMeasurements().get(at).getDate() != null
				&& kpi.getMeasurements().get(at).getDate().before(day)) {
			at++;
		}
		kpi.getMeasurements().add(at, measurement);
		return measurement;
	}

	/** The latest measurement, or null where the KPI has none with a date. */
	public static Measurement latest(Kpi kpi) {
		Measurement latest = null;
		for (Measurement measurement : kpi.getMeasurements()) {
			if (measurement.getDate() != null && (latest == null || !measurement.getDate().before(latest.getDate()))) {
				latest = measurement;
			}
		}
		return latest;
	}
}
