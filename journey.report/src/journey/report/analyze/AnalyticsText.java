package journey.report.analyze;

import journey.report.DisplayText;
import journey.dsl.analytics.EmotionCurve;
import journey.dsl.compare.Conformance;
import journey.dsl.analytics.EvidenceCoverage;
import journey.dsl.analytics.Funnel;
import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.KpiScorecard;
import journey.dsl.analytics.OwnershipMatrix;
import journey.dsl.analytics.PainPointPriorities;
import journey.dsl.analytics.StageDurations;
import journey.dsl.analytics.Stakeholders;
import journey.dsl.model.Kpi;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.query.Durations;
import journey.dsl.query.KpiKinds;

/** Writes the analytics of one journey as titled plain-text tables, one per figure. */
final class AnalyticsText {

	private AnalyticsText() {
	}

	static String emotionCurve(EmotionCurve curve) {
		TextTable table = new TextTable("stage", "step", ">emotion", ">position", "from");
		for (EmotionCurve.Point point : curve.points()) {
			table.row(point.stage().getName(), point.step().getName(), emotion(point.emotion()), DisplayText.decimal(point.position()),
					DisplayText.word(point.source()));
		}
		return "Emotion curve (scale " + curve.scale().min() + " to " + curve.scale().max() + "; position 0 = "
				+ curve.scale().min() + ", 1 = " + curve.scale().max() + ")\n" + table;
	}

	static String funnel(Funnel funnel) {
		TextTable steps = new TextTable("stage", "step", ">reached", "from", ">from reached", ">conversion", ">of entry", ">drops", ">dropped");
		for (Funnel.StepRow row : funnel.steps()) {
			steps.row(row.stage().getName(), row.step().getName(), row.reached(), row.from().isEmpty() ? "(entry)" : DisplayText.names(row.from()),
					row.fromReached(), DisplayText.ratioAsPercent(row.conversion()), DisplayText.ratioAsPercent(row.ofEntry()), DisplayText.share(row.dropShare()),
					row.dropped());
		}
		TextTable branches = new TextTable("from", "flow", "to", ">share", ">customers");
		for (Funnel.Branch branch : funnel.branches()) {
			branches.row(branch.from().getName(), DisplayText.flow(branch.kind()), branch.to() == null ? "(drops out)" : branch.to().getName(),
					DisplayText.share(branch.share()), branch.customers());
		}
		return "Funnel per step (conversion = reached / reached of the steps leading to it; loops not counted)\n" + steps
				+ "\nFunnel per branch (customers = reached x share)\n" + branches;
	}

	static String kpis(KpiScorecard scorecard) {
		TextTable table = new TextTable("scope", "stage", "touchpoint", "kpi", "kind", ">target", ">actual", "better", "status");
		for (KpiScorecard.Row row : scorecard.rows()) {
			Kpi kpi = row.kpi();
			table.row(DisplayText.word(row.scope()), row.stage() == null ? null : row.stage().getName(),
					row.touchpoint() == null ? null : row.touchpoint().getName(), kpi.getName(), DisplayText.kind(kpi.getKind()),
					DisplayText.kpiValue(kpi, kpi.getTarget()), DisplayText.kpiValue(kpi, kpi.getActual()), DisplayText.word(KpiKinds.directionOf(kpi)),
					DisplayText.word(row.status()));
		}
		TextTable tallies = new TextTable("scope", "of", ">met", ">missed", ">no data");
		for (KpiScorecard.Tally tally : scorecard.tallies()) {
			tallies.row(DisplayText.word(tally.scope()), ((journey.dsl.model.NamedElement) tally.holder()).getName(), tally.met(), tally.missed(),
					tally.noData());
		}
		if (table.isEmpty()) {
			return "KPI status against target\n(no KPIs)\n";
		}
		return "KPI status against target\n" + table + "\nKPI status per journey, stage and touchpoint\n" + tallies;
	}

	static String painPoints(PainPointPriorities priorities) {
		TextTable table = new TextTable(">rank", "pain point", "stage", "at", ">severity", ">frequency", ">reach", "reach from", ">priority");
		int rank = 1;
		for (PainPointPriorities.Ranked r : priorities.ranked()) {
			table.row(rank++, r.painPoint().getName(), r.stage().getName(), r.at().getName(), r.severity(), r.frequency(),
					DisplayText.decimal(r.reach()), DisplayText.word(r.reachSource()), DisplayText.decimal(r.priority()));
		}
		String title = "Pain-point priority = " + priorities.formula()
				+ " (severity low 1 .. critical 4, frequency rare 1 .. always 4, reach 0..1)\n";
		return title + (table.isEmpty() ? "(no pain points)\n" : table.toString());
	}

	static String ownership(OwnershipMatrix matrix) {
		String[] header = new String[matrix.stages().size() + 2];
		header[0] = "team";
		for (int i = 0; i < matrix.stages().size(); i++) {
			header[i + 1] = ">" + matrix.stages().get(i).getName();
		}
		header[header.length - 1] = ">total";
		TextTable table = new TextTable(header);
		for (Party team : matrix.teams()) {
			Object[] cells = new Object[header.length];
			cells[0] = team.getName();
			for (int i = 0; i < matrix.stages().size(); i++) {
				Stage stage = matrix.stages().get(i);
				cells[i + 1] = matrix.count(team, stage);
			}
			cells[header.length - 1] = matrix.total(team);
			table.row(cells);
		}
		return "Ownership: touchpoints each team is behind, per stage\n" + (table.isEmpty() ? "(nobody is behind any touchpoint)\n" : table.toString());
	}

	static String evidence(EvidenceCoverage coverage) {
		TextTable table = new TextTable("stage", "step", "touchpoint", "insights", "kpis", "covered");
		for (EvidenceCoverage.Coverage c : coverage.touchpoints()) {
			table.row(c.stage().getName(), c.step().getName(), c.touchpoint().getName(), blank(DisplayText.names(c.insights())),
					blank(DisplayText.names(c.kpis())), c.covered() ? "yes" : "no");
		}
		return "Evidence coverage: " + coverage.covered().size() + " of " + coverage.touchpoints().size()
				+ " touchpoints have insights or KPIs\n" + table;
	}

	static String unowned(OwnershipMatrix matrix) {
		TextTable table = new TextTable("stage", "touchpoint");
		for (OwnershipMatrix.Unowned u : matrix.unowned()) {
			table.row(u.stage().getName(), u.touchpoint().getName());
		}
		return "Unowned touchpoints (no owner, and no supporting activity with an owner)\n"
				+ (table.isEmpty() ? "(none)\n" : table.toString());
	}

	static String durations(StageDurations durations) {
		TextTable table = new TextTable("stage", "typically", "target", "actual", ">shortest days", ">longest days", ">target days", "typical fit", "actual fit");
		for (StageDurations.Row row : durations.rows()) {
			table.row(row.stage().getName(), blank(Durations.text(row.typical())), blank(Durations.text(row.target())), blank(Durations.text(row.actual())),
					row.shortestDays(), row.longestDays(), row.targetDays(), row.typicalFit() == null ? null : row.typicalFit().word(),
					row.actualFit() == null ? null : row.actualFit().word());
		}
		StageDurations.Total total = durations.total();
		return "Stage durations against their targets (a month counts as 30 days)\n" + table + "Journey: " + total.shortestDays()
				+ (total.longestDays().compareTo(total.shortestDays()) == 0 ? "" : "–" + total.longestDays()) + " days over " + total.stagesCounted() + " of "
				+ total.stages() + " stages; targets add up to " + total.targetDays() + " days over " + total.targetsCounted()
				+ (total.targetsCounted() == 1 ? " stage\n" : " stages\n");
	}

	static String stakeholders(Stakeholders stakeholders) {
		TextTable table = new TextTable("side", "kind", "party", "involved as");
		for (Stakeholders.Row row : stakeholders.rows()) {
			table.row(row.side(), row.kind(), row.party().getName(), String.join("; ", row.involvement()));
		}
		return "Stakeholders by kind\n" + (table.isEmpty() ? "(nobody)\n" : table.toString());
	}

	static String all(JourneyAnalytics analytics) {
		return String.join("\n", emotionCurve(analytics.emotionCurve()), funnel(analytics.funnel()), durations(analytics.durations()), kpis(analytics.kpis()),
				painPoints(analytics.painPoints()), ownership(analytics.ownership()), stakeholders(analytics.stakeholders()), evidence(analytics.evidence()),
				unowned(analytics.ownership())) + conformance(Conformance.of(analytics.journey()));
	}

	/** An actual journey's deviations from its plan, in CJML's categories; nothing for a journey that names no plan. */
	static String conformance(Conformance conformance) {
		if (conformance == null) {
			return "";
		}
		TextTable table = new TextTable("category", "planned", "actual", "stage", "step", "what happened");
		for (Conformance.Deviation deviation : conformance.deviations()) {
			journey.dsl.model.Touchpoint touchpoint = deviation.actual() != null ? deviation.actual() : deviation.planned();
			journey.dsl.model.Step step = (journey.dsl.model.Step) touchpoint.eContainer();
			table.row(DisplayText.word(deviation.category()), deviation.planned() == null ? null : deviation.planned().getName(),
					deviation.actual() == null ? null : deviation.actual().getName(), ((Stage) step.eContainer()).getName(), step.getName(), deviation.reason());
		}
		return "\nConformance to the plan " + conformance.planned().getName() + ": " + DisplayText.ratioAsPercent(conformance.figure()) + " ("
				+ conformance.regular() + " of " + (conformance.plannedCount() + conformance.adHocCount()) + " touchpoints as planned: "
				+ conformance.plannedCount() + " planned, " + conformance.adHocCount() + " ad hoc)\n" + table;
	}

	private static String emotion(Double emotion) {
		if (emotion == null) {
			return null;
		}
		return emotion == Math.rint(emotion) ? Long.toString(Math.round(emotion)) : DisplayText.decimal(emotion);
	}

	private static String blank(String text) {
		return text.isEmpty() ? null : text;
	}
}
