package journey.cli;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.query.KpiKinds;

/** How the command line writes numbers, KPI values and names, the same way in every output. */
public final class Formats {

	private Formats() {
	}

	/** A ratio as a percentage with one decimal, e.g. 0.4 as 40.0%; null as null. */
	public static String percent(Double ratio) {
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

	/** A KPI value with its unit: 38%, 4.4 score, 162000 EUR. */
	public static String kpiValue(Kpi kpi, BigDecimal value) {
		if (value == null) {
			return null;
		}
		String unit = KpiKinds.unitOf(kpi);
		String number = value.toPlainString();
		if (unit == null || unit.isEmpty()) {
			return number;
		}
		return "%".equals(unit) ? number + "%" : number + " " + unit;
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
}
