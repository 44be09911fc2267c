package journey.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;

/**
 * How every command writes model values as text: plain for tables and exchange formats (analyze,
 * export), grouped and worded for the pages and drawings people read (render), never colour alone.
 */
public final class DisplayText {

	private DisplayText() {
	}

	/** A ratio as a percentage with one decimal, e.g. 0.4 as 40.0%; null as null. */
	public static String ratioAsPercent(Double ratio) {
		return ratio == null ? null : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
	}

	/** A number with two decimals. */
	public static String decimal(Double value) {
		return value == null ? null : String.format(Locale.ROOT, "%.2f", value);
	}

	/** A declared share such as 40%. */
	public static String share(BigDecimal percent) {
		return percent == null ? null : percent.stripTrailingZeros().toPlainString() + "%";
	}

	/** A KPI value with its unit, plain for tables and exports: 38%, 4.4 score, 162000 EUR; null as null. */
	public static String kpiValue(Kpi kpi, BigDecimal value) {
		return KpiKinds.valueText(kpi, value);
	}

	/** A journey's qualified name: package.Journey. */
	public static String qualifiedName(Journey journey) {
		return journey.eContainer() instanceof JourneyModel model && model.getName() != null
				? model.getName() + "." + journey.getName() : journey.getName();
	}

	/** Element names joined with ", ". */
	public static String names(Collection<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}

	/** A KPI kind as analysts write it: open-rate, cart-abandonment. */
	public static String kind(journey.dsl.model.KpiKind kind) {
		return keyword(kind);
	}

	/** A model enum literal as the language writes it: inProgress as in-progress. */
	public static String keyword(org.eclipse.emf.common.util.Enumerator literal) {
		return literal == null ? null : literal.getLiteral().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** A flow kind as analysts write it: next, alternative, loop, drops. */
	public static String flow(journey.dsl.model.FlowKind kind) {
		return kind == journey.dsl.model.FlowKind.DROPOUT ? "drops" : kind.getLiteral();
	}

	/** An enum literal in lower case with dashes, as analysts read it: NO_DATA as no-data. */
	public static String word(Enum<?> value) {
		return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A number for reading: thousands grouped, at most two decimals (250,000; 0.72); null as empty. */
	public static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return NUMBER_FORMAT.get().format(value);
	}

	/** One format per thread (a DecimalFormat is not safe to share, and costly to make for every figure of a page). */
	private static final ThreadLocal<DecimalFormat> NUMBER_FORMAT = ThreadLocal
			.withInitial(() -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

	/**
	 * A computed figure for reading, like {@link #number(BigDecimal)}; a priority formula that divides
	 * by zero gives infinity or not-a-number, written as such rather than failing the page.
	 */
	public static String number(double value) {
		if (Double.isNaN(value)) {
			return "not a number";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "\u221e" : "\u2212\u221e";
		}
		return number(BigDecimal.valueOf(value));
	}

	/** A count for reading: 12,000. */
	public static String number(long value) {
		return number(BigDecimal.valueOf(value));
	}

	/** A percentage (already times 100) for reading, at most one decimal: 33.3%. */
	public static String percent(double percentage) {
		return number(BigDecimal.valueOf(Math.round(percentage * 10) / 10.0)) + "%";
	}

	/** A signed emotion or level for reading: +2, 0, -1.5 written with a true minus sign. */
	public static String signed(double value) {
		String text = number(BigDecimal.valueOf(Math.round(value * 10) / 10.0));
		return value > 0 ? "+" + text : text.replace('-', '\u2212');
	}

	/** A KPI value with its unit for reading on a page: 38%, 250,000 people, 54 EUR; "none" when missing. */
	public static String kpiValueForPage(Kpi kpi, BigDecimal value) {
		return value == null ? "none" : KpiKinds.withUnit(number(value), KpiKinds.unitOf(kpi));
	}

	/** Actual and target in one short line for a page, the unit written once: "actual 250,000 &middot; target 200,000 people". */
	public static String kpiActualAndTarget(Kpi kpi) {
		String unit = KpiKinds.unitOf(kpi);
		boolean percent = KpiKinds.isPercentage(kpi);
		String actual = kpi.getActual() == null ? "none" : number(kpi.getActual()) + (percent ? "%" : "");
		String target = kpi.getTarget() == null ? "none" : number(kpi.getTarget()) + (percent ? "%" : "");
		return "actual " + actual + " \u00b7 target " + target + (percent || unit == null || unit.isBlank() ? "" : " " + unit);
	}

	/** A KPI status as a symbol and a word, for pages and chips: a tick and met, a cross and missed, a dash and no data. */
	public static String statusWithSymbol(KpiKinds.Status status) {
		return switch (status) {
			case MET -> "\u2713 ";
			case MISSED -> "\u2717 ";
			case NO_DATA -> "\u2013 ";
		} + status.word();
	}

	/** The CSS class of a status colour on the pages: met, missed, nodata. */
	public static String statusCssClass(KpiKinds.Status status) {
		return switch (status) {
			case MET -> "met";
			case MISSED -> "missed";
			case NO_DATA -> "nodata";
		};
	}

	/** An element's label (its title, else its name) for reading; empty for none or an unresolved reference. */
	public static String label(NamedElement element) {
		if (element == null || element.eIsProxy()) {
			return "";
		}
		return JourneyQueries.label(element);
	}
}
