package journey.dsl.query;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import journey.dsl.model.Direction;
import journey.dsl.model.Kpi;
import journey.dsl.model.KpiKind;

/**
 * What each KPI kind means: its label, default unit, valid range and which direction is better.
 * Validation, completion, hover, the analytics and the diagrams all read it from here.
 */
public final class KpiKinds {

	/** The facts of one kind; {@code min} or {@code max} is null where the kind has no bound. */
	public record Info(String label, String unit, BigDecimal min, BigDecimal max, Direction direction) {


		public String rangeText() {
			if (min == null && max == null) {
				return "any value";
			}
			if (max == null) {
				return "at least " + min.toPlainString();
			}
			return min.toPlainString() + " to " + max.toPlainString();
		}
	}

	private static final BigDecimal ZERO = BigDecimal.ZERO;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final Map<KpiKind, Info> INFO = new EnumMap<>(KpiKind.class);

	static {
		count(KpiKind.REACH, "Reach / impressions", "people");
		percent(KpiKind.BRAND_AWARENESS, "Brand awareness", Direction.HIGHER);
		count(KpiKind.ORGANIC_TRAFFIC, "Organic traffic", "visits");
		count(KpiKind.PAID_TRAFFIC, "Paid traffic", "visits");
		count(KpiKind.SOCIAL_ENGAGEMENT, "Social engagement", "interactions");
		count(KpiKind.VISITS, "Website visits", "visits");
		count(KpiKind.LEADS, "Leads", "leads");
		count(KpiKind.DOWNLOADS, "Content downloads", "downloads");
		count(KpiKind.PAGES_PER_SESSION, "Pages per session", "pages");
		percent(KpiKind.CTR, "Click-through rate", Direction.HIGHER);
		percent(KpiKind.CONVERSION_RATE, "Conversion rate", Direction.HIGHER);
		count(KpiKind.SALES_VOLUME, "Sales volume", "orders");
		count(KpiKind.REVENUE, "Revenue", "EUR");
		count(KpiKind.AOV, "Average order value", "EUR");
		percent(KpiKind.REPEAT_PURCHASE_RATE, "Repeat purchase rate", Direction.HIGHER);
		percent(KpiKind.CROSS_SELL_RATE, "Cross-sell / upsell rate", Direction.HIGHER);
		percent(KpiKind.CART_ABANDONMENT, "Cart abandonment rate", Direction.LOWER);
		INFO.put(KpiKind.CSAT, new Info("Customer satisfaction (CSAT)", "score", BigDecimal.ONE, BigDecimal.valueOf(5), Direction.HIGHER));
		INFO.put(KpiKind.NPS, new Info("Net Promoter Score (NPS)", "score", HUNDRED.negate(), HUNDRED, Direction.HIGHER));
		INFO.put(KpiKind.CES, new Info("Customer Effort Score (CES)", "score", BigDecimal.ONE, BigDecimal.valueOf(7), Direction.HIGHER));
		percent(KpiKind.CHURN, "Churn rate", Direction.LOWER);
		INFO.put(KpiKind.RESOLUTION_TIME, new Info("Average resolution time", "h", ZERO, null, Direction.LOWER));
		percent(KpiKind.OPEN_RATE, "E-mail open rate", Direction.HIGHER);
		percent(KpiKind.CLICK_RATE, "E-mail click rate", Direction.HIGHER);
		INFO.put(KpiKind.CUSTOM, new Info("Custom measure", "", null, null, Direction.HIGHER));
	}

	private KpiKinds() {
	}

	private static void count(KpiKind kind, String label, String unit) {
		INFO.put(kind, new Info(label, unit, ZERO, null, Direction.HIGHER));
	}

	private static void percent(KpiKind kind, String label, Direction direction) {
		INFO.put(kind, new Info(label, "%", ZERO, HUNDRED, direction));
	}

	public static Info of(KpiKind kind) {
		return INFO.get(kind);
	}

	/** The unit the KPI is shown in: its own, else its kind's. */
	public static String unitOf(Kpi kpi) {
		return kpi.getUnit() != null ? kpi.getUnit() : of(kpi.getKind()).unit();
	}

	/** A number with the KPI's unit as analysts read it: 38%, 4.4 score, 162000 EUR; just the number without a unit. */
	public static String withUnit(String number, String unit) {
		if (unit == null || unit.isBlank()) {
			return number;
		}
		return "%".equals(unit) ? number + "%" : number + " " + unit;
	}

	/** A value of the KPI as written, with its unit: 38%, 4.4 score; null for none. */
	public static String valueText(Kpi kpi, BigDecimal value) {
		return value == null ? null : withUnit(value.toPlainString(), unitOf(kpi));
	}

	/** Whether the KPI is shown in percent. */
	public static boolean isPercentage(Kpi kpi) {
		return "%".equals(unitOf(kpi));
	}

	/** Where a KPI stands against its target. */
	public enum Status {
		MET("met"), MISSED("missed"), NO_DATA("no data");

		private final String word;

		Status(String word) {
			this.word = word;
		}

		/** The word every view uses: met, missed, no data. */
		public String word() {
			return word;
		}
	}

	/** Met when the actual is at least (or, where lower is better, at most) the target. */
	public static Status status(Kpi kpi) {
		if (kpi.getTarget() == null || kpi.getActual() == null) {
			return Status.NO_DATA;
		}
		int comparison = kpi.getActual().compareTo(kpi.getTarget());
		boolean met = directionOf(kpi) == Direction.LOWER ? comparison <= 0 : comparison >= 0;
		return met ? Status.MET : Status.MISSED;
	}

	/** Which direction is better for this KPI: its own, else its kind's. */
	public static Direction directionOf(Kpi kpi) {
		return kpi.isSetDirection() ? kpi.getDirection() : of(kpi.getKind()).direction();
	}
}
