package journey.report.analyze;

import java.math.BigDecimal;
import java.util.Collection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.query.Durations;
import journey.dsl.query.KpiKinds;

/** Writes the analytics of one journey as a JSON object with one member per figure; ratios are 0..1. */
final class AnalyticsJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private AnalyticsJson() {
	}

	static ObjectNode of(JourneyAnalytics analytics, String file) {
		ObjectNode journey = JSON.objectNode();
		journey.put("journey", DisplayText.qualifiedName(analytics.journey()));
		journey.put("title", analytics.journey().getTitle());
		journey.put("file", file);
		journey.set("emotionCurve", emotionCurve(analytics.emotionCurve()));
		journey.set("funnel", funnel(analytics.funnel()));
		journey.set("kpis", kpis(analytics.kpis()));
		journey.set("painPoints", painPoints(analytics.painPoints()));
		journey.set("stageDurations", durations(analytics.durations()));
		journey.set("ownership", ownership(analytics.ownership()));
		journey.set("stakeholders", stakeholders(analytics.stakeholders()));
		journey.set("evidenceCoverage", evidence(analytics.evidence()));
		ArrayNode unowned = JSON.arrayNode();
		for (OwnershipMatrix.Unowned u : analytics.ownership().unowned()) {
			unowned.addObject().put("stage", u.stage().getName()).put("touchpoint", u.touchpoint().getName());
		}
		journey.set("unownedTouchpoints", unowned);
		Conformance conformance = Conformance.of(analytics.journey());
		if (conformance != null) {
			journey.set("conformance", conformance(conformance));
		}
		return journey;
	}

	/** An actual journey against its plan: the figure (0..1), its counts and each deviation with the step it happened at. */
	private static ObjectNode conformance(Conformance conformance) {
		ObjectNode node = JSON.objectNode();
		node.put("planned", DisplayText.qualifiedName(conformance.planned())).put("figure", conformance.figure()).put("regular", conformance.regular())
				.put("plannedTouchpoints", conformance.plannedCount()).put("adHocTouchpoints", conformance.adHocCount());
		ArrayNode deviations = node.putArray("deviations");
		for (Conformance.Deviation deviation : conformance.deviations()) {
			journey.dsl.model.Touchpoint touchpoint = deviation.actual() != null ? deviation.actual() : deviation.planned();
			deviations.addObject().put("category", DisplayText.word(deviation.category()))
					.put("planned", deviation.planned() == null ? null : deviation.planned().getName())
					.put("actual", deviation.actual() == null ? null : deviation.actual().getName())
					.put("step", ((NamedElement) touchpoint.eContainer()).getName()).put("reason", deviation.reason());
		}
		return node;
	}

	private static ObjectNode emotionCurve(EmotionCurve curve) {
		ObjectNode node = JSON.objectNode();
		node.putObject("scale").put("min", curve.scale().min()).put("max", curve.scale().max());
		ArrayNode points = node.putArray("points");
		for (EmotionCurve.Point p : curve.points()) {
			points.addObject().put("stage", p.stage().getName()).put("step", p.step().getName()).put("emotion", p.emotion())
					.put("position", p.position()).put("from", DisplayText.word(p.source()));
		}
		return node;
	}

	private static ObjectNode funnel(Funnel funnel) {
		ObjectNode node = JSON.objectNode();
		ArrayNode steps = node.putArray("steps");
		for (Funnel.StepRow r : funnel.steps()) {
			ObjectNode step = steps.addObject().put("stage", r.stage().getName()).put("step", r.step().getName()).put("reached", r.reached());
			step.set("from", names(r.from()));
			step.put("fromReached", r.fromReached()).put("conversion", r.conversion()).put("ofEntry", r.ofEntry())
					.put("dropShare", percent(r.dropShare())).put("dropped", r.dropped()).put("dropReason", r.dropReason());
		}
		ArrayNode branches = node.putArray("branches");
		for (Funnel.Branch b : funnel.branches()) {
			branches.addObject().put("from", b.from().getName()).put("flow", DisplayText.flow(b.kind()))
					.put("to", b.to() == null ? null : b.to().getName()).put("share", percent(b.share())).put("customers", b.customers())
					.put("reason", b.reason());
		}
		return node;
	}

	private static ObjectNode kpis(KpiScorecard scorecard) {
		ObjectNode node = JSON.objectNode();
		ArrayNode rows = node.putArray("kpis");
		for (KpiScorecard.Row r : scorecard.rows()) {
			rows.addObject().put("scope", DisplayText.word(r.scope())).put("stage", r.stage() == null ? null : r.stage().getName())
					.put("touchpoint", r.touchpoint() == null ? null : r.touchpoint().getName()).put("kpi", r.kpi().getName())
					.put("kind", DisplayText.kind(r.kpi().getKind())).put("unit", KpiKinds.unitOf(r.kpi())).put("target", r.kpi().getTarget())
					.put("actual", r.kpi().getActual()).put("better", DisplayText.word(KpiKinds.directionOf(r.kpi())))
					.put("status", DisplayText.word(r.status()));
		}
		ArrayNode tallies = node.putArray("tallies");
		for (KpiScorecard.Tally t : scorecard.tallies()) {
			tallies.addObject().put("scope", DisplayText.word(t.scope())).put("of", ((NamedElement) t.holder()).getName()).put("met", t.met())
					.put("missed", t.missed()).put("noData", t.noData());
		}
		return node;
	}

	private static ObjectNode painPoints(PainPointPriorities priorities) {
		ObjectNode node = JSON.objectNode();
		node.put("formula", priorities.formula().toString());
		ArrayNode ranked = node.putArray("ranked");
		int rank = 1;
		for (PainPointPriorities.Ranked r : priorities.ranked()) {
			ranked.addObject().put("rank", rank++).put("painPoint", r.painPoint().getName()).put("stage", r.stage().getName())
					.put("step", r.step().getName()).put("at", r.at().getName()).put("severity", r.severity()).put("frequency", r.frequency())
					.put("reach", r.reach()).put("reachFrom", DisplayText.word(r.reachSource())).put("priority", r.priority());
		}
		return node;
	}

	private static ObjectNode ownership(OwnershipMatrix matrix) {
		ObjectNode node = JSON.objectNode();
		node.set("stages", names(matrix.stages()));
		ArrayNode teams = node.putArray("teams");
		for (Party team : matrix.teams()) {
			ObjectNode row = teams.addObject().put("team", team.getName());
			ObjectNode perStage = row.putObject("touchpoints");
			matrix.stages().forEach(stage -> perStage.put(stage.getName(), matrix.count(team, stage)));
			row.put("total", matrix.total(team));
		}
		return node;
	}

	private static ObjectNode durations(StageDurations durations) {
		ObjectNode node = JSON.objectNode();
		ArrayNode stages = node.putArray("stages");
		for (StageDurations.Row row : durations.rows()) {
			stages.addObject().put("stage", row.stage().getName()).put("typically", text(row.typical())).put("target", text(row.target()))
					.put("actual", text(row.actual())).put("shortestDays", row.shortestDays()).put("longestDays", row.longestDays())
					.put("targetDays", row.targetDays()).put("actualDays", row.actualDays())
					.put("typicalFit", row.typicalFit() == null ? null : row.typicalFit().word()).put("actualFit", row.actualFit() == null ? null : row.actualFit().word());
		}
		StageDurations.Total total = durations.total();
		node.putObject("journey").put("shortestDays", total.shortestDays()).put("longestDays", total.longestDays()).put("stagesCounted", total.stagesCounted())
				.put("targetDays", total.targetDays()).put("targetsCounted", total.targetsCounted()).put("stages", total.stages());
		return node;
	}

	private static String text(journey.dsl.model.Duration duration) {
		return duration == null ? null : Durations.text(duration);
	}

	private static ArrayNode stakeholders(Stakeholders stakeholders) {
		ArrayNode rows = JSON.arrayNode();
		for (Stakeholders.Row row : stakeholders.rows()) {
			ObjectNode party = rows.addObject().put("side", row.side()).put("kind", row.kind()).put("party", row.party().getName())
					.put("title", row.party().getTitle());
			ArrayNode involvement = party.putArray("involvedAs");
			row.involvement().forEach(involvement::add);
		}
		return rows;
	}

	private static ObjectNode evidence(EvidenceCoverage coverage) {
		ObjectNode node = JSON.objectNode();
		node.put("covered", coverage.covered().size()).put("touchpointCount", coverage.touchpoints().size());
		ArrayNode rows = node.putArray("touchpoints");
		for (EvidenceCoverage.Coverage c : coverage.touchpoints()) {
			ObjectNode row = rows.addObject().put("stage", c.stage().getName()).put("step", c.step().getName())
					.put("touchpoint", c.touchpoint().getName());
			row.set("insights", names(c.insights()));
			row.set("kpis", names(c.kpis()));
			row.put("covered", c.covered());
		}
		return node;
	}

	private static ArrayNode names(Collection<? extends NamedElement> elements) {
		ArrayNode array = JSON.arrayNode();
		elements.forEach(e -> array.add(e.getName()));
		return array;
	}

	/** A declared percentage as a ratio, 40% as 0.4, like every other ratio in the output. */
	private static BigDecimal percent(BigDecimal share) {
		return share == null ? null : share.movePointLeft(2);
	}
}
