package journey.report.export;

import java.util.stream.Collectors;

import journey.report.DisplayText;
import journey.report.OutputText;
import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.KpiScorecard;
import journey.dsl.analytics.PainPointPriorities;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.Party;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;
import journey.dsl.query.KpiKinds;

/**
 * Writes a journey as a Markdown report for readers outside the tool: who and what it is about,
 * a table of steps and touchpoints per stage, pain points by priority, KPIs with their status
 * and the improvement items (opportunities and solutions).
 */
public final class MarkdownExport {

	private MarkdownExport() {
	}

	public static String of(Journey journey) {
		JourneyAnalytics analytics = JourneyAnalytics.of(journey, PriorityFormula.DEFAULT);
		EmotionScales.Scale scale = analytics.emotionCurve().scale();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(OutputText.markdown(JourneyQueries.label(journey))).append("\n\n");
		md.append("`").append(OutputText.oneLine(DisplayText.qualifiedName(journey)).replace("`", "")).append('`');
		if (journey.isSetState()) {
			md.append(" · ").append(journey.getState().getLiteral()).append(" state");
		}
		if (journey.getVersion() != null) {
			md.append(" · version ").append(OutputText.markdown(journey.getVersion()));
		}
		md.append("\n\n");
		fact(md, "Persona", journey.getPersona() == null ? null : JourneyQueries.label(journey.getPersona()));
		fact(md, "Goal", journey.getGoal());
		fact(md, "Question", journey.getQuestion());
		if (journey.getScopeFrom() != null || journey.getScopeTo() != null) {
			fact(md, "Scope", (journey.getScopeFrom() == null ? "…" : journey.getScopeFrom()) + " → "
					+ (journey.getScopeTo() == null ? "…" : journey.getScopeTo()));
		}
		for (Stage stage : journey.getStages()) {
			md.append("\n## ").append(OutputText.markdown(JourneyQueries.label(stage))).append("\n\n");
			fact(md, "Customer goal", stage.getCustomerGoal());
			md.append("\n| step | reached | feels | touchpoint | channel | owners |\n|---|---:|---|---|---|---|\n");
			for (Step step : stage.getSteps()) {
				String feels = step.getEmotion() == null ? "" : scale.label(step.getEmotion());
				if (step.getTouchpoints().isEmpty()) {
					row(md, JourneyQueries.label(step), step.getReached(), feels, "", "", "");
				}
				boolean first = true;
				for (Touchpoint touchpoint : step.getTouchpoints()) {
					row(md, first ? JourneyQueries.label(step) : "", first ? step.getReached() : null, first ? feels : "",
							JourneyQueries.label(touchpoint), touchpoint.getChannel() == null ? "" : JourneyQueries.label(touchpoint.getChannel()),
							Ownership.ownersOf(touchpoint).stream().map(Party::getName).collect(Collectors.joining(", ")));
					first = false;
				}
			}
		}
		painPoints(md, analytics.painPoints());
		kpis(md, analytics.kpis());
		improvements(md, journey);
		return md.toString();
	}

	private static void painPoints(StringBuilder md, PainPointPriorities priorities) {
		md.append("\n## Pain points by priority\n\n");
		if (priorities.ranked().isEmpty()) {
			md.append("None recorded.\n");
			return;
		}
		md.append("Priority = ").append(OutputText.markdown(priorities.formula().toString())).append(" (severity low 1 … critical 4, frequency rare 1 … always 4, reach 0–1).\n\n");
		md.append("| # | pain point | at | severity | frequency | reach | priority |\n|---:|---|---|---:|---:|---:|---:|\n");
		int rank = 1;
		for (PainPointPriorities.Ranked r : priorities.ranked()) {
			md.append("| ").append(rank++).append(" | ").append(OutputText.markdown(JourneyQueries.label(r.painPoint()))).append(" | ")
					.append(OutputText.markdown(r.stage().getName() + " / " + r.at().getName())).append(" | ").append(r.severity()).append(" | ")
					.append(r.frequency()).append(" | ").append(DisplayText.decimal(r.reach())).append(" | ")
					.append(DisplayText.decimal(r.priority())).append(" |\n");
		}
	}

	private static void kpis(StringBuilder md, KpiScorecard scorecard) {
		md.append("\n## KPIs\n\n");
		if (scorecard.rows().isEmpty()) {
			md.append("None recorded.\n");
			return;
		}
		md.append("| KPI | of | target | actual | status |\n|---|---|---:|---:|---|\n");
		for (KpiScorecard.Row row : scorecard.rows()) {
			Kpi kpi = row.kpi();
			NamedElement of = row.touchpoint() != null ? row.touchpoint() : row.stage() != null ? row.stage() : null;
			md.append("| ").append(OutputText.markdown(JourneyQueries.label(kpi))).append(" | ").append(of == null ? "journey" : OutputText.markdown(of.getName()))
					.append(" | ").append(orBlank(DisplayText.kpiValue(kpi, kpi.getTarget()))).append(" | ")
					.append(orBlank(DisplayText.kpiValue(kpi, kpi.getActual()))).append(" | ").append(status(row.status())).append(" |\n");
		}
	}

	private static void improvements(StringBuilder md, Journey journey) {
		md.append("\n## Improvements\n\n");
		if (journey.getOpportunities().isEmpty() && journey.getSolutions().isEmpty()) {
			md.append("None recorded.\n");
			return;
		}
		for (Opportunity opportunity : journey.getOpportunities()) {
			md.append("- **Opportunity:** ").append(OutputText.markdown(JourneyQueries.label(opportunity)));
			if (!opportunity.getPainPoints().isEmpty()) {
				md.append(" — relieves ").append(OutputText.markdown(DisplayText.names(opportunity.getPainPoints())));
			}
			md.append('\n');
		}
		for (Solution solution : journey.getSolutions()) {
			md.append("- **Solution:** ").append(OutputText.markdown(JourneyQueries.label(solution)));
			if (solution.isSetStatus()) {
				md.append(" (").append(DisplayText.keyword(solution.getStatus())).append(')');
			}
			if (solution.getOwner() != null) {
				md.append(" — owner ").append(OutputText.markdown(solution.getOwner().getName()));
			}
			if (!solution.getKpis().isEmpty()) {
				md.append(", measured by ").append(OutputText.markdown(DisplayText.names(solution.getKpis())));
			}
			md.append('\n');
		}
	}

	private static String status(KpiKinds.Status status) {
		return status == KpiKinds.Status.MISSED ? "**" + status.word() + "**" : status.word();
	}

	private static void fact(StringBuilder md, String name, String value) {
		if (value != null && !value.isBlank()) {
			md.append("- **").append(name).append(":** ").append(OutputText.markdown(value)).append('\n');
		}
	}

	private static void row(StringBuilder md, String step, Long reached, String feels, String touchpoint, String channel, String owners) {
		md.append("| ").append(OutputText.markdown(step)).append(" | ").append(reached == null ? "" : reached).append(" | ").append(OutputText.markdown(feels))
				.append(" | ").append(OutputText.markdown(touchpoint)).append(" | ").append(OutputText.markdown(channel)).append(" | ").append(OutputText.markdown(owners)).append(" |\n");
	}

	private static String orBlank(String text) {
		return text == null ? "" : OutputText.markdown(text);
	}

}
