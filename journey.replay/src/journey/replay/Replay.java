package journey.replay;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import journey.dsl.model.FlowKind;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.Durations;

/**
 * Replays an event log against a journey: every case's events, in time order, become visits of
 * steps and moves between them, and the figures of {@link ReplayResult} are computed from those,
 * all in SQL on the engine, so that a log far larger than memory is read once and aggregated
 * where it lies. Only the aggregates (a few rows per step) come back to Java, where they are
 * paired with the journey's elements.
 */
public final class Replay {

	/** How many bad rows a result lists; all of them are counted. */
	public static final int BAD_ROWS_SHOWN = 20;

	/** Outcomes that mean a touchpoint failed; a negative score does too. */
	static final List<String> FAILED_OUTCOMES = List.of("fail", "failed", "failure", "negative", "error", "ko", "lost");

	private static final Map<String, List<String>> COLUMN_NAMES = Map.of(
			"case", List.of("case", "case_id", "caseid", "case id", "customer", "customer_id"),
			"timestamp", List.of("timestamp", "time", "ts", "date", "datetime", "time:timestamp"),
			"activity", List.of("activity", "touchpoint", "step", "event", "concept:name"),
			"channel", List.of("channel"),
			"outcome", List.of("outcome", "result"),
			"score", List.of("score", "rating"));

	/** A log that cannot be replayed: a missing column, an unreadable file. */
	public static final class ReplayException extends Exception {
		private static final long serialVersionUID = 1L;

		public ReplayException(String message) {
			super(message);
		}
	}

	private final SqlEngine engine;
	private final PlannedPaths plan;
	private final Map<String, Step> stepsByName = new HashMap<>();
	private final Map<String, Touchpoint> touchpointsByName = new HashMap<>();
	private final Map<String, Stage> stagesByName = new HashMap<>();

	private Replay(SqlEngine engine, PlannedPaths plan) {
		this.engine = engine;
		this.plan = plan;
		for (Step step : plan.steps()) {
			stepsByName.put(step.getName(), step);
			stagesByName.put(((Stage) step.eContainer()).getName(), (Stage) step.eContainer());
			step.getTouchpoints().forEach(touchpoint -> touchpointsByName.put(touchpoint.getName(), touchpoint));
		}
	}

	/** Replays the log on the engine. */
	public static ReplayResult run(SqlEngine engine, Path log, PlannedPaths plan) throws ReplayException {
		try {
			return new Replay(engine, plan).replay(log);
		} catch (SQLException e) {
			throw new ReplayException("cannot read " + log.getFileName() + ": " + firstLine(e.getMessage()));
		}
	}

	private ReplayResult replay(Path log) throws SQLException, ReplayException {
		engine.scan("raw", log);
		Map<String, String> columns = columns(log);
		loadPlan();
		String failed = "(outcome IN (" + String.join(", ", FAILED_OUTCOMES.stream().map(word -> "'" + word + "'").toList()) + ") OR score < 0)";
		engine.execute("CREATE OR REPLACE TABLE checked AS SELECT row_no, "
				+ "NULLIF(trim(CAST(" + columns.get("case") + " AS STRING)), '') AS case_id, "
				+ "CAST(" + columns.get("timestamp") + " AS STRING) AS raw_ts, "
				+ "TRY_CAST(CAST(" + columns.get("timestamp") + " AS STRING) AS TIMESTAMP) AS ts, "
				+ "NULLIF(trim(CAST(" + columns.get("activity") + " AS STRING)), '') AS label, "
				+ optional(columns, "channel", "NULLIF(trim(CAST(%s AS STRING)), '')") + " AS channel, "
				+ optional(columns, "outcome", "lower(trim(CAST(%s AS STRING)))") + " AS outcome, "
				+ optional(columns, "score", "NULLIF(trim(CAST(%s AS STRING)), '')") + " AS raw_score, "
				+ (columns.containsKey("score") ? "TRY_CAST(NULLIF(trim(CAST(" + columns.get("score") + " AS STRING)), '') AS DOUBLE)" : "CAST(NULL AS DOUBLE)")
				+ " AS score FROM raw");
		String bad = "case_id IS NULL OR ts IS NULL OR label IS NULL OR (raw_score IS NOT NULL AND score IS NULL)";
		List<ReplayResult.BadRow> badRows = new ArrayList<>();
		for (Object[] row : engine.query("SELECT row_no, case_id, raw_ts, ts, label, raw_score, score FROM checked WHERE " + bad + " ORDER BY row_no LIMIT "
				+ BAD_ROWS_SHOWN)) {
			badRows.add(badRow(row, columns));
		}
		long skipped = count("SELECT count(*) FROM checked WHERE " + bad);
		engine.execute("CREATE OR REPLACE TABLE ev AS SELECT c.row_no, c.case_id, c.ts, c.label, c.channel, c.outcome, c.score, e.step, e.touchpoint, "
				+ "e.stage, e.step_order, e.channel AS planned_channel, CASE WHEN " + failed + " THEN 1 ELSE 0 END AS failed "
				+ "FROM (SELECT * FROM checked WHERE NOT (" + bad + ")) c LEFT JOIN elements e ON e.label = c.label");
		// one ordering of each case's events serves both windows: where a visit starts, and which visit an event belongs to
		engine.execute("CREATE OR REPLACE TABLE seqv AS SELECT *, sum(starts) OVER (PARTITION BY case_id ORDER BY ts, row_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS visit FROM ("
				+ "SELECT *, CASE WHEN step = lag(step) OVER (PARTITION BY case_id ORDER BY ts, row_no) THEN 0 ELSE 1 END AS starts FROM ev WHERE step IS NOT NULL) marked");
		engine.execute("CREATE OR REPLACE TABLE visits AS SELECT case_id, visit, min(step) AS step, min(stage) AS stage, min(step_order) AS step_order, "
				+ "min(ts) AS first_ts, max(ts) AS last_ts FROM seqv GROUP BY case_id, visit");
		engine.execute("CREATE OR REPLACE TABLE moves AS SELECT case_id, visit, step AS from_step, stage, first_ts, last_ts, "
				+ "lead(step) OVER (PARTITION BY case_id ORDER BY visit) AS to_step, lead(first_ts) OVER (PARTITION BY case_id ORDER BY visit) AS next_ts FROM visits");

		List<Object[]> span = engine.query("SELECT count(*), count(DISTINCT case_id), CAST(min(ts) AS STRING), CAST(max(ts) AS STRING) FROM ev");
		long cases = number(span.get(0)[1]);
		ReplayResult.Summary summary = new ReplayResult.Summary(number(span.get(0)[0]), cases, skipped, List.copyOf(badRows), (String) span.get(0)[2],
				(String) span.get(0)[3]);
		List<ReplayResult.StepCount> steps = stepCounts();
		Map<String, Long> visitsByStep = new HashMap<>();
		steps.forEach(row -> visitsByStep.put(row.step().getName(), row.visits()));
		List<ReplayResult.Branch> branches = branches(visitsByStep);
		List<ReplayResult.End> ends = branches.stream().filter(branch -> branch.to() == null)
				.map(branch -> new ReplayResult.End(branch.from(), branch.count(), branch.kind().equals("completed"))).toList();
		return new ReplayResult(summary, steps, branches, ends, stageDurations(), stepDurations(), variants(cases), deviations(branches), adHoc(),
				fitness(failed), kpis(cases, ends));
	}

	/** The log's columns for each role, by their usual names; a clear error for a required one that is missing. */
	private Map<String, String> columns(Path log) throws SQLException, ReplayException {
		List<String> names = columnNames();
		Map<String, String> found = new HashMap<>();
		for (Map.Entry<String, List<String>> role : COLUMN_NAMES.entrySet()) {
			for (String name : names) {
				if (!name.equals("row_no") && role.getValue().contains(name.toLowerCase(Locale.ROOT).strip())) {
					found.putIfAbsent(role.getKey(), engine.quote(name));
				}
			}
		}
		for (String required : List.of("case", "timestamp", "activity")) {
			if (!found.containsKey(required)) {
				throw new ReplayException(log.getFileName() + " has no " + required + " column (its columns are: "
						+ String.join(", ", names.stream().filter(name -> !name.equals("row_no")).toList()) + "); name it " + COLUMN_NAMES.get(required).get(0)
						+ (required.equals("activity") ? " (or touchpoint, or step)" : "")
						+ ". An event log has one row per event: case, timestamp, activity, and optionally channel, outcome and score.");
			}
		}
		return found;
	}

	private List<String> columnNames() throws SQLException {
		return engine.columns("raw");
	}

	private static String optional(Map<String, String> columns, String role, String expression) {
		return columns.containsKey(role) ? String.format(expression, columns.get(role)) : "CAST(NULL AS STRING)";
	}

	private static ReplayResult.BadRow badRow(Object[] row, Map<String, String> columns) {
		long number = number(row[0]);
		if (row[1] == null) {
			return new ReplayResult.BadRow(number, unquote(columns.get("case")), "no case id");
		}
		if (row[3] == null) {
			return new ReplayResult.BadRow(number, unquote(columns.get("timestamp")), row[2] == null || row[2].toString().isBlank() ? "no timestamp"
					: "'" + row[2] + "' is not a timestamp; write it as ISO 8601, e.g. 2026-03-01T10:15:00 or 2026-03-01");
		}
		if (row[4] == null) {
			return new ReplayResult.BadRow(number, unquote(columns.get("activity")), "no activity (a step or touchpoint of the journey)");
		}
		return new ReplayResult.BadRow(number, unquote(columns.get("score")), "'" + row[5] + "' is not a number");
	}

	private static String unquote(String column) {
		return column.substring(1, column.length() - 1).replace(column.substring(0, 1) + column.substring(0, 1), column.substring(0, 1));
	}

	/** The journey's labels, steps' touchpoints and planned paths as tables beside the log. */
	private void loadPlan() throws SQLException {
		List<Object[]> elements = new ArrayList<>();
		plan.labels().forEach((label, element) -> elements.add(new Object[] { label, element.step().getName(),
				element.touchpoint() == null ? null : element.touchpoint().getName(), element.stage().getName(), element.stepOrder(), element.channel() }));
		engine.load("elements", "label STRING, step STRING, touchpoint STRING, stage STRING, step_order INTEGER, channel STRING", elements);
		List<Object[]> touchpoints = new ArrayList<>();
		for (Step step : plan.steps()) {
			step.getTouchpoints().forEach(touchpoint -> touchpoints.add(new Object[] { step.getName(), touchpoint.getName() }));
		}
		engine.load("step_touchpoints", "step STRING, touchpoint STRING", touchpoints);
		List<Object[]> paths = new ArrayList<>();
		for (PlannedPaths.Path path : plan.paths()) {
			if (path.to() != null) {
				paths.add(new Object[] { path.from().getName(), path.to().getName(), PlannedPaths.word(path.kind()) });
			}
		}
		engine.load("paths", "from_step STRING, to_step STRING, kind STRING", paths);
	}

	private List<ReplayResult.StepCount> stepCounts() throws SQLException {
		Map<String, long[]> counts = new HashMap<>();
		for (Object[] row : engine.query("SELECT step, count(DISTINCT case_id), count(*) FROM visits GROUP BY step")) {
			counts.put((String) row[0], new long[] { number(row[1]), number(row[2]) });
		}
		List<ReplayResult.StepCount> rows = new ArrayList<>();
		for (Step step : plan.steps()) {
			long[] count = counts.getOrDefault(step.getName(), new long[2]);
			rows.add(new ReplayResult.StepCount(step, count[0], count[1], step.getReached()));
		}
		return rows;
	}

	/** Every move and end, grouped by steps, each labelled by the journey's plan. */
	private List<ReplayResult.Branch> branches(Map<String, Long> visitsByStep) throws SQLException {
		List<ReplayResult.Branch> branches = new ArrayList<>();
		for (Object[] row : engine.query("SELECT from_step, to_step, count(*) FROM moves GROUP BY from_step, to_step ORDER BY from_step, to_step NULLS LAST")) {
			Step from = stepsByName.get((String) row[0]);
			Step to = row[1] == null ? null : stepsByName.get((String) row[1]);
			long count = number(row[2]);
			PlannedPaths.Path planned = plan.paths().stream().filter(path -> path.from() == from && path.to() == to).findFirst().orElse(null);
			String kind = planned != null && to != null ? PlannedPaths.word(planned.kind())
					: to == null ? (plan.isFinal(from) ? "completed" : "drops") : "undeclared";
			Double declared = planned == null || planned.share() == null ? null : planned.share().doubleValue();
			branches.add(new ReplayResult.Branch(from, to, kind, count, (double) count / visitsByStep.getOrDefault(from.getName(), 1L), declared));
		}
		branches.sort((a, b) -> Integer.compare(plan.steps().indexOf(a.from()), plan.steps().indexOf(b.from())));
		return branches;
	}

	private List<ReplayResult.DurationRow> stageDurations() throws SQLException {
		String days = engine.secondsBetween("entered", "left_at") + " / 86400e0";
		List<ReplayResult.DurationRow> rows = new ArrayList<>();
		Map<String, Object[]> byStage = new HashMap<>();
		for (Object[] row : engine.query("SELECT stage, count(*), " + engine.percentile(days, 0.5) + ", " + engine.percentile(days, 0.9)
				+ " FROM (SELECT case_id, stage, min(first_ts) AS entered, max(coalesce(next_ts, last_ts)) AS left_at FROM moves GROUP BY case_id, stage) spans GROUP BY stage")) {
			byStage.put((String) row[0], row);
		}
		for (Stage stage : plan.journey().getStages()) {
			Object[] row = byStage.get(stage.getName());
			if (row != null) {
				rows.add(new ReplayResult.DurationRow(stage, null, number(row[1]), decimal(row[2]), decimal(row[3]), targetDays(stage)));
			}
		}
		return rows;
	}

	private List<ReplayResult.DurationRow> stepDurations() throws SQLException {
		String days = engine.secondsBetween("first_ts", "next_ts") + " / 86400e0";
		Map<String, Object[]> byStep = new HashMap<>();
		for (Object[] row : engine.query("SELECT from_step, count(*), " + engine.percentile(days, 0.5) + ", " + engine.percentile(days, 0.9)
				+ " FROM moves WHERE next_ts IS NOT NULL GROUP BY from_step")) {
			byStep.put((String) row[0], row);
		}
		List<ReplayResult.DurationRow> rows = new ArrayList<>();
		for (Step step : plan.steps()) {
			Object[] row = byStep.get(step.getName());
			if (row != null) {
				rows.add(new ReplayResult.DurationRow((Stage) step.eContainer(), step, number(row[1]), decimal(row[2]), decimal(row[3]), null));
			}
		}
		return rows;
	}

	private static Double targetDays(Stage stage) {
		if (stage.getTargetDuration() == null) {
			return null;
		}
		BigDecimal minutes = Durations.longestInMinutes(stage.getTargetDuration());
		return minutes == null ? null : Durations.minutesInDays(minutes).doubleValue();
	}

	private List<ReplayResult.Variant> variants(long cases) throws SQLException {
		List<ReplayResult.Variant> variants = new ArrayList<>();
		for (Object[] row : engine.query("SELECT path, count(*) AS n FROM (SELECT case_id, " + engine.orderedJoin("step", "visit", " > ") + " AS path FROM visits GROUP BY case_id) variants "
				+ "GROUP BY path ORDER BY n DESC, path LIMIT 10")) {
			long count = number(row[1]);
			variants.add(new ReplayResult.Variant(Arrays.asList(((String) row[0]).split(" > ")), count, cases == 0 ? 0 : (double) count / cases));
		}
		return variants;
	}

	private static final String MISSING = "FROM visits v JOIN step_touchpoints t ON t.step = v.step LEFT JOIN "
			+ "(SELECT DISTINCT case_id, visit, touchpoint FROM seqv WHERE touchpoint IS NOT NULL) s "
			+ "ON s.case_id = v.case_id AND s.visit = v.visit AND s.touchpoint = t.touchpoint WHERE s.touchpoint IS NULL";

	private static final String OTHER_CHANNEL = "channel IS NOT NULL AND planned_channel IS NOT NULL AND channel <> planned_channel";

	private List<ReplayResult.TouchpointDeviations> deviations(List<ReplayResult.Branch> branches) throws SQLException {
		Map<String, long[]> counts = new HashMap<>();
		for (Object[] row : engine.query("SELECT touchpoint, count(*), sum(CASE WHEN " + OTHER_CHANNEL + " THEN 1 ELSE 0 END), sum(failed) FROM ev "
				+ "WHERE touchpoint IS NOT NULL GROUP BY touchpoint")) {
			counts.put((String) row[0], new long[] { number(row[1]), 0, number(row[2]), number(row[3]) });
		}
		for (Object[] row : engine.query("SELECT t.touchpoint, count(*) " + MISSING + " GROUP BY t.touchpoint")) {
			counts.computeIfAbsent((String) row[0], k -> new long[4])[1] = number(row[1]);
		}
		Map<Step, Long> undeclaredInto = new HashMap<>();
		branches.stream().filter(branch -> branch.kind().equals("undeclared")).forEach(branch -> undeclaredInto.merge(branch.to(), branch.count(), Long::sum));
		List<ReplayResult.TouchpointDeviations> rows = new ArrayList<>();
		for (Step step : plan.steps()) {
			for (Touchpoint touchpoint : step.getTouchpoints()) {
				long[] count = counts.getOrDefault(touchpoint.getName(), new long[4]);
				rows.add(new ReplayResult.TouchpointDeviations(touchpoint, count[0], count[1], count[2], count[3], undeclaredInto.getOrDefault(step, 0L)));
			}
		}
		return rows;
	}

	private List<ReplayResult.AdHoc> adHoc() throws SQLException {
		List<ReplayResult.AdHoc> rows = new ArrayList<>();
		for (Object[] row : engine.query("SELECT label, count(*) AS n, count(DISTINCT case_id) FROM ev WHERE step IS NULL GROUP BY label ORDER BY n DESC, label LIMIT 20")) {
			rows.add(new ReplayResult.AdHoc((String) row[0], number(row[1]), number(row[2])));
		}
		return rows;
	}

	/**
	 * Per case: deviations (ad-hoc events, events on another channel or failed, moves no flow plans,
	 * planned touchpoints missing from a visit) over events and missing touchpoints together;
	 * fitness is one minus that share.
	 */
	private ReplayResult.Fitness fitness(String failed) throws SQLException {
		String perCase = "SELECT case_id, sum(events) AS events, sum(deviations) AS deviations, sum(missing) AS missing FROM ("
				+ "SELECT case_id, count(*) AS events, sum(CASE WHEN step IS NULL OR (" + OTHER_CHANNEL + ") OR failed = 1 THEN 1 ELSE 0 END) AS deviations, 0 AS missing "
				+ "FROM ev GROUP BY case_id "
				+ "UNION ALL SELECT v.case_id, 0, 0, count(*) " + MISSING + " GROUP BY v.case_id "
				+ "UNION ALL SELECT m.case_id, 0, count(*), 0 FROM moves m LEFT JOIN paths p ON p.from_step = m.from_step AND p.to_step = m.to_step "
				+ "WHERE m.to_step IS NOT NULL AND p.kind IS NULL GROUP BY m.case_id) parts GROUP BY case_id";
		// double literals (1e0), since 1.0 is a decimal in SQL and engines round decimals differently
		Object[] row = engine.query("SELECT avg(greatest(0e0, 1e0 - (deviations + missing) * 1e0 / (events + missing))), "
				+ "avg(CASE WHEN deviations + missing = 0 THEN 1e0 ELSE 0e0 END) FROM (" + perCase + ") cases").get(0);
		return new ReplayResult.Fitness(row[0] == null ? 1 : decimal(row[0]), row[1] == null ? 1 : decimal(row[1]));
	}

	private ReplayResult.DerivedKpis kpis(long cases, List<ReplayResult.End> ends) throws SQLException {
		if (cases == 0) {
			return new ReplayResult.DerivedKpis(0, 0, 0);
		}
		Step last = plan.steps().get(plan.steps().size() - 1);
		long completed = count("SELECT count(DISTINCT case_id) FROM visits WHERE step = '" + last.getName().replace("'", "''") + "'");
		long dropped = ends.stream().filter(end -> !end.completed()).mapToLong(ReplayResult.End::cases).sum();
		long repeating = count("SELECT count(DISTINCT m.case_id) FROM moves m JOIN paths p ON p.from_step = m.from_step AND p.to_step = m.to_step WHERE p.kind = '"
				+ PlannedPaths.word(FlowKind.REPEAT) + "'");
		String repeat = "'" + PlannedPaths.word(FlowKind.REPEAT) + "'";
		long couldRepeat = count("SELECT count(DISTINCT v.case_id) FROM visits v WHERE v.step IN (SELECT from_step FROM paths WHERE kind = " + repeat + ")");
		return new ReplayResult.DerivedKpis((double) completed / cases, (double) dropped / cases, couldRepeat == 0 ? 0 : (double) repeating / couldRepeat);
	}

	private long count(String sql) throws SQLException {
		return number(engine.query(sql).get(0)[0]);
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	private static double decimal(Object value) {
		return value == null ? 0 : ((Number) value).doubleValue();
	}

	private static String firstLine(String message) {
		return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
	}
}
