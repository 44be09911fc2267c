package journey.replay;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import journey.report.JsonText;
import journey.report.analyze.TextTable;

/** A replay's figures as text tables or JSON, as `journey replay` prints them; shares are 0..1 in JSON. */
public final class ReplayReport {

	private ReplayReport() {
	}

	public static String text(ReplayResult result, String journey, String log) {
		StringBuilder text = new StringBuilder();
		ReplayResult.Summary summary = result.summary();
		text.append("== ").append(journey).append(" replayed from ").append(log).append('\n');
		text.append(count(summary.events(), "event", "events")).append(", ").append(count(summary.cases(), "case", "cases")).append(", ")
				.append(count(summary.skippedRows(), "row", "rows")).append(" skipped; from ").append(summary.firstEvent()).append(" to ").append(summary.lastEvent()).append("\n\n");

		TextTable steps = new TextTable("stage", "step", ">cases", ">visits", ">declared reached");
		result.steps().forEach(row -> steps.row(((journey.dsl.model.Stage) row.step().eContainer()).getName(), row.step().getName(), row.cases(), row.visits(),
				row.declared()));
		text.append("Funnel per step (cases that reached it; a loop visits a step again)\n").append(steps).append('\n');

		TextTable branches = new TextTable("from", "flow", "to", ">moves", ">share", ">declared");
		result.branches().forEach(branch -> branches.row(branch.from().getName(), branch.kind(), branch.to() == null ? "(end)" : branch.to().getName(),
				branch.count(), percent(branch.share()), branch.declared() == null ? null : trim(branch.declared()) + "%"));
		text.append("Branches (share of the visits of the step they leave)\n").append(branches).append('\n');

		TextTable ends = new TextTable("step", ">cases", "ends");
		result.ends().forEach(end -> ends.row(end.step().getName(), end.cases(), end.completed() ? "completed" : "drops out"));
		text.append("Where cases end\n").append(ends).append('\n');

		TextTable stages = new TextTable("stage", ">cases", ">p50 days", ">p90 days", ">target days", "p90 within target");
		result.stageDurations().forEach(row -> stages.row(row.stage().getName(), row.cases(), days(row.p50Days()), days(row.p90Days()),
				row.targetDays() == null ? null : days(row.targetDays()), row.targetDays() == null ? null : row.p90Days() <= row.targetDays() ? "yes" : "no"));
		text.append("Stage durations (from entering the stage to entering the next)\n").append(stages).append('\n');

		TextTable stepDurations = new TextTable("stage", "step", ">moves", ">p50 days", ">p90 days");
		result.stepDurations().forEach(row -> stepDurations.row(row.stage().getName(), row.step().getName(), row.cases(), days(row.p50Days()), days(row.p90Days())));
		text.append("Step durations (from the step to the next one)\n").append(stepDurations).append('\n');

		TextTable variants = new TextTable(">cases", ">share", "path");
		result.variants().forEach(variant -> variants.row(variant.cases(), percent(variant.share()), String.join(" > ", variant.steps())));
		text.append("Most frequent variants\n").append(variants).append('\n');

		TextTable deviations = new TextTable("touchpoint", ">events", ">missing", ">other channel", ">failed", ">out of order");
		result.deviations().forEach(row -> deviations.row(row.touchpoint().getName(), row.events(), row.missing(), row.otherChannel(), row.failed(),
				row.outOfOrder()));
		text.append("CJML deviations per touchpoint (missing: a visit of its step without it; out of order: visits of its step that no flow plans)\n")
				.append(deviations).append('\n');
		if (!result.adHoc().isEmpty()) {
			TextTable adHoc = new TextTable("activity", ">events", ">cases");
			result.adHoc().forEach(row -> adHoc.row(row.label(), row.events(), row.cases()));
			text.append("Ad-hoc touchpoints (activities the journey does not plan; map log labels to steps or touchpoints with --mapping)\n").append(adHoc)
					.append('\n');
		}
		text.append(String.format(Locale.ROOT, "Fitness: %s on average per case; %s of the cases without any deviation%n", percent(result.fitness().mean()),
				percent(result.fitness().perfectShare())));
		text.append(String.format(Locale.ROOT, "KPIs from the events: conversion %s, drop-out rate %s, repeat rate %s%n", percent(result.kpis().conversion()),
				percent(result.kpis().dropOutRate()), percent(result.kpis().repeatRate())));
		if (!summary.badRows().isEmpty()) {
			text.append('\n').append(badRows(summary));
		}
		return text.toString();
	}

	/** One line per bad row shown, and the count of all skipped rows. */
	public static String badRows(ReplayResult.Summary summary) {
		StringBuilder text = new StringBuilder();
		for (ReplayResult.BadRow row : summary.badRows()) {
			text.append("row ").append(row.row()).append(", column ").append(row.column()).append(": ").append(row.message()).append('\n');
		}
		if (summary.skippedRows() > summary.badRows().size()) {
			text.append("... and ").append(summary.skippedRows() - summary.badRows().size()).append(" more\n");
		}
		text.append(summary.skippedRows()).append(summary.skippedRows() == 1 ? " row skipped\n" : " rows skipped\n");
		return text.toString();
	}

	public static String json(ReplayResult result, String journey, String log) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode root = json.objectNode().put("journey", journey).put("log", log);
		ReplayResult.Summary summary = result.summary();
		ObjectNode read = root.putObject("summary").put("events", summary.events()).put("cases", summary.cases()).put("skippedRows", summary.skippedRows())
				.put("firstEvent", summary.firstEvent()).put("lastEvent", summary.lastEvent());
		ArrayNode bad = read.putArray("badRows");
		summary.badRows().forEach(row -> bad.addObject().put("row", row.row()).put("column", row.column()).put("message", row.message()));
		ArrayNode steps = root.putArray("steps");
		result.steps().forEach(row -> steps.addObject().put("step", row.step().getName()).put("cases", row.cases()).put("visits", row.visits())
				.put("declaredReached", row.declared()));
		ArrayNode branches = root.putArray("branches");
		result.branches().forEach(branch -> branches.addObject().put("from", branch.from().getName()).put("flow", branch.kind())
				.put("to", branch.to() == null ? null : branch.to().getName()).put("moves", branch.count()).put("share", branch.share())
				.put("declaredShare", branch.declared() == null ? null : branch.declared() / 100));
		ArrayNode stages = root.putArray("stageDurations");
		result.stageDurations().forEach(row -> stages.addObject().put("stage", row.stage().getName()).put("cases", row.cases()).put("p50Days", row.p50Days())
				.put("p90Days", row.p90Days()).put("targetDays", row.targetDays()));
		ArrayNode stepDurations = root.putArray("stepDurations");
		result.stepDurations().forEach(row -> stepDurations.addObject().put("step", row.step().getName()).put("moves", row.cases()).put("p50Days", row.p50Days())
				.put("p90Days", row.p90Days()));
		ArrayNode variants = root.putArray("variants");
		result.variants().forEach(variant -> {
			ObjectNode node = variants.addObject().put("cases", variant.cases()).put("share", variant.share());
			ArrayNode path = node.putArray("steps");
			variant.steps().forEach(path::add);
		});
		ArrayNode deviations = root.putArray("deviations");
		result.deviations().forEach(row -> deviations.addObject().put("touchpoint", row.touchpoint().getName()).put("events", row.events())
				.put("missing", row.missing()).put("otherChannel", row.otherChannel()).put("failed", row.failed()).put("outOfOrder", row.outOfOrder()));
		ArrayNode adHoc = root.putArray("adHoc");
		result.adHoc().forEach(row -> adHoc.addObject().put("activity", row.label()).put("events", row.events()).put("cases", row.cases()));
		root.putObject("fitness").put("mean", result.fitness().mean()).put("perfectShare", result.fitness().perfectShare());
		root.putObject("kpis").put("conversion", result.kpis().conversion()).put("dropOutRate", result.kpis().dropOutRate())
				.put("repeatRate", result.kpis().repeatRate());
		return JsonText.indented(root);
	}

	private static String count(long count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

	private static String percent(double ratio) {
		return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
	}

	private static String days(double days) {
		return String.format(Locale.ROOT, "%.2f", days);
	}

	private static String trim(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
