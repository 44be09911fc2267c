package journey.report.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import journey.dsl.compare.JourneyComparison;
import journey.dsl.model.Activity;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.report.DisplayText;

/**
 * A comparison as tables, one per concern, each cell a plain value: the one wording of a diff that
 * the text, the JSON and the HTML page print. A column's key names it in JSON, its header in text
 * and on the page.
 */
public final class ComparisonTables {

	/** A column: its JSON key and its header; numeric columns are right-aligned in text. */
	public record Column(String key, String header, boolean numeric) {

		/** Whether the column holds changes, written with their sign. */
		public boolean isChange() {
			return key.endsWith("elta");
		}
	}

	/** One table: a title, its columns and its rows (cells are String, Number or null). */
	public record Table(String id, String title, List<Column> columns, List<List<Object>> rows) {
	}

	private ComparisonTables() {
	}

	/** The non-empty tables of a comparison, in reading order. */
	public static List<Table> of(JourneyComparison comparison) {
		List<Table> tables = new ArrayList<>();
		add(tables, structure(comparison));
		add(tables, channels(comparison));
		add(tables, emotions(comparison));
		add(tables, pains(comparison));
		add(tables, kpis(comparison));
		add(tables, behind(comparison));
		return tables;
	}

	private static void add(List<Table> tables, Table table) {
		if (!table.rows().isEmpty()) {
			tables.add(table);
		}
	}

	private static Column text(String key, String header) {
		return new Column(key, header, false);
	}

	private static Column number(String key, String header) {
		return new Column(key, header, true);
	}

	private static Table structure(JourneyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (JourneyComparison.ElementChange change : comparison.elements()) {
			NamedElement element = change.element();
			String before = switch (change.change()) {
				case ADDED -> null;
				case REMOVED -> in(change.parentBefore());
				case RENAMED -> nameAndTitle(change.before());
				case MOVED -> in(change.parentBefore());
			};
			String after = switch (change.change()) {
				case ADDED -> in(change.parentAfter());
				case REMOVED -> null;
				case RENAMED -> nameAndTitle(change.after());
				case MOVED -> in(change.parentAfter());
			};
			rows.add(row(DisplayText.word(change.change()), kind(element), element.getName(), before, after));
		}
		return new Table("structure", "Stages, steps and touchpoints",
				List.of(text("change", "change"), text("kind", "kind"), text("element", "element"), text("before", "before"), text("after", "after")), rows);
	}

	private static Table channels(JourneyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (JourneyComparison.ChannelSwitch change : comparison.channels()) {
			rows.add(row(change.after().getName(), name(change.before().getChannel()), name(change.after().getChannel())));
		}
		return new Table("channels", "Channel switches", List.of(text("touchpoint", "touchpoint"), text("before", "channel before"), text("after", "channel after")), rows);
	}

	private static Table emotions(JourneyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (JourneyComparison.EmotionChange change : comparison.emotions()) {
			rows.add(row(change.after().getName(), change.from(), change.to(), change.delta()));
		}
		return new Table("emotions", "Emotions per step",
				List.of(text("step", "step"), number("before", "before"), number("after", "after"), number("delta", "change")), rows);
	}

	private static Table pains(JourneyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (JourneyComparison.PainChange change : comparison.pains()) {
			PainPoint pain = change.pain();
			rows.add(row(change.solved() ? "solved" : "new", pain.getName(), pain.getTitle(), ((NamedElement) pain.eContainer()).getName(),
					pain.isSetSeverity() ? DisplayText.keyword(pain.getSeverity()) : null));
		}
		return new Table("painPoints", "Pain points solved and new",
				List.of(text("change", "change"), text("pain", "pain point"), text("title", "title"), text("at", "at"), text("severity", "severity")), rows);
	}

	private static Table kpis(JourneyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (JourneyComparison.KpiChange change : comparison.kpis()) {
			Kpi before = change.before();
			Kpi after = change.after();
			Kpi kpi = after != null ? after : before;
			String what = before == null ? "added" : after == null ? "removed" : "changed";
			rows.add(row(what, kpi.getName(), DisplayText.kind(kpi.getKind()), value(before, before == null ? null : before.getTarget()),
					value(after, after == null ? null : after.getTarget()), change.targetDelta(), value(before, before == null ? null : before.getActual()),
					value(after, after == null ? null : after.getActual()), change.actualDelta()));
		}
		return new Table("kpis", "KPI targets and actuals",
				List.of(text("change", "change"), text("kpi", "kpi"), text("kind", "kind"), text("targetBefore", "target before"), text("targetAfter", "target after"),
						number("targetDelta", "target change"), text("actualBefore", "actual before"), text("actualAfter", "actual after"),
						number("actualDelta", "actual change")),
				rows);
	}

	private static Table behind(JourneyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (JourneyComparison.SupportChange change : comparison.support()) {
			rows.add(row(change.gained() ? "supported by, gained" : "supported by, lost", change.touchpoint().getName(), activityName(change.activity()), null, null));
		}
		for (JourneyComparison.ActivityChange change : comparison.activities()) {
			rows.add(row(change.gained() ? "activity gained" : "activity lost", null, activityName(change.activity()), null, null));
		}
		for (JourneyComparison.OwnerChange change : comparison.owners()) {
			boolean activity = change.after() instanceof Activity;
			rows.add(row("owner changed", activity ? null : change.after().getName(), activity ? activityName((Activity) change.after()) : null,
					name(change.ownerBefore()), name(change.ownerAfter())));
		}
		return new Table("behind", "Activities, owners and support behind the touchpoints",
				List.of(text("change", "change"), text("touchpoint", "touchpoint"), text("activity", "activity"), text("before", "owner before"),
						text("after", "owner after")),
				rows);
	}

	/** The changes counted in one line: "2 added, 6 removed, 2 renamed; 2 emotion changes; 3 pain points solved". */
	public static String summary(JourneyComparison comparison) {
		if (comparison.isEmpty()) {
			return "no differences";
		}
		List<String> parts = new ArrayList<>();
		List<String> structure = new ArrayList<>();
		for (JourneyComparison.Change change : JourneyComparison.Change.values()) {
			long count = comparison.elements().stream().filter(element -> element.change() == change).count();
			if (count > 0) {
				structure.add(count + " " + DisplayText.word(change));
			}
		}
		if (!structure.isEmpty()) {
			parts.add(String.join(", ", structure) + " (stages, steps, touchpoints)");
		}
		count(parts, comparison.channels().size(), "channel switch", "channel switches");
		count(parts, comparison.emotions().size(), "emotion change", "emotion changes");
		count(parts, comparison.pains().stream().filter(JourneyComparison.PainChange::solved).count(), "pain point solved", "pain points solved");
		count(parts, comparison.pains().stream().filter(pain -> !pain.solved()).count(), "new pain point", "new pain points");
		count(parts, comparison.kpis().size(), "KPI change", "KPI changes");
		count(parts, comparison.support().size() + comparison.activities().size() + comparison.owners().size(), "change behind the touchpoints",
				"changes behind the touchpoints");
		return String.join("; ", parts);
	}

	private static void count(List<String> parts, long count, String one, String many) {
		if (count > 0) {
			parts.add(count + " " + (count == 1 ? one : many));
		}
	}

	private static String kind(NamedElement element) {
		return element instanceof Stage ? "stage" : element instanceof Step ? "step" : element instanceof Touchpoint ? "touchpoint" : "element";
	}

	private static String in(NamedElement parent) {
		return parent == null ? null : "in " + parent.getName();
	}

	private static String nameAndTitle(NamedElement element) {
		return element.getTitle() == null ? element.getName() : element.getName() + " \"" + element.getTitle() + "\"";
	}

	private static String name(NamedElement element) {
		return element == null || element.eIsProxy() ? null : element.getName();
	}

	private static String activityName(Activity activity) {
		return activity.eContainer() instanceof NamedElement process ? process.getName() + "." + activity.getName() : activity.getName();
	}

	private static String value(Kpi kpi, BigDecimal value) {
		return kpi == null || value == null ? null : DisplayText.kpiValue(kpi, value);
	}

	/** A row that may hold nulls (List.of does not). */
	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}
}
