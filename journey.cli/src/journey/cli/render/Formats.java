package journey.cli.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.query.KpiKinds;

/** How numbers, KPI values and KPI statuses read on the pages: always with a word, never colour alone. */
final class Formats {

	private Formats() {
	}

	static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	static String number(long value) {
		return number(BigDecimal.valueOf(value));
	}

	static String percent(double value) {
		return number(BigDecimal.valueOf(Math.round(value * 10) / 10.0)) + "%";
	}

	/** A KPI value with its unit: 38%, 250,000 people, 54 EUR. */
	static String kpiValue(Kpi kpi, BigDecimal value) {
		if (value == null) {
			return "none";
		}
		String unit = KpiKinds.unitOf(kpi);
		if (unit == null || unit.isBlank()) {
			return number(value);
		}
		return "%".equals(unit) ? number(value) + "%" : number(value) + " " + unit;
	}

	/** Actual and target in one short line, the unit written once: "actual 250,000 · target 200,000 people". */
	static String kpiPair(Kpi kpi) {
		String unit = KpiKinds.unitOf(kpi);
		boolean percent = "%".equals(unit);
		String actual = kpi.getActual() == null ? "none" : number(kpi.getActual()) + (percent ? "%" : "");
		String target = kpi.getTarget() == null ? "none" : number(kpi.getTarget()) + (percent ? "%" : "");
		return "actual " + actual + " \u00b7 target " + target + (percent || unit == null || unit.isBlank() ? "" : " " + unit);
	}

	/** The status as a word with a symbol, for text and chips. */
	static String status(KpiKinds.Status status) {
		return switch (status) {
			case MET -> "\u2713 met";
			case MISSED -> "\u2717 missed";
			case NO_DATA -> "\u2013 no data";
		};
	}

	/** The CSS class of a status colour (met, missed, nodata). */
	static String statusClass(KpiKinds.Status status) {
		return switch (status) {
			case MET -> "met";
			case MISSED -> "missed";
			case NO_DATA -> "nodata";
		};
	}

	static String signed(double value) {
		String text = number(BigDecimal.valueOf(Math.round(value * 10) / 10.0));
		return value > 0 ? "+" + text : text.replace('-', '\u2212');
	}

	static String label(NamedElement element) {
		if (element == null || element.eIsProxy()) {
			return "";
		}
		return journey.dsl.query.JourneyQueries.label(element);
	}
}
