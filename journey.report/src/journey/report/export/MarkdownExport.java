package journey.report.export;

import java.util.List;
import java.util.stream.Collectors;

import journey.report.DisplayText;
import journey.report.OutputText;
import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.KpiScorecard;
import journey.dsl.analytics.PainPointPriorities;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.BuyingGroup;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Member;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.Party;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.StageGroup;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.Durations;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;
import journey.dsl.query.KpiKinds;
import journey.dsl.query.Timings;

/**
 * Writes a journey as a Markdown report for readers outside the tool: who and what it is about
 * (with the customer's buying group), per stage its goal, questions, outcome and durations and a
 * table of steps and touchpoints (role, when, questions, who the customer deals with, owners),
 * pain points by priority, KPIs with their status and the improvement items.
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
		for (StageGroup group : journey.getGroups()) {
			fact(md, "Group " + JourneyQueries.label(group), group.getStages().stream().filter(s -> !s.eIsProxy()).map(JourneyQueries::label)
					.collect(Collectors.joining(", ")));
		}
		buyingGroup(md, journey.getBuyingGroup());
		for (Stage stage : journey.getStages()) {
			stage(md, stage, scale);
		}
		painPoints(md, analytics.painPoints());
		kpis(md, analytics.kpis());
		improvements(md, journey);
		return md.toString();
	}

	private static void buyingGroup(StringBuilder md, BuyingGroup group) {
		if (group == null) {
			return;
		}
		md.append("\n## Buying group").append(group.getTitle() == null ? "" : ": " + OutputText.markdown(group.getTitle())).append("\n\n");
		if (group.getDescription() != null) {
			md.append(OutputText.markdown(group.getDescription())).append("\n\n");
		}
		md.append("| member | position | buying role |\n|---|---|---|\n");
		for (Member member : group.getMembers()) {
			md.append("| ").append(OutputText.markdown(JourneyQueries.label(member))).append(" | ").append(orBlank(member.getPosition())).append(" | ")
					.append(member.isSetBuyingRole() ? member.getBuyingRole().getLiteral() + " (" + BuyingGroups.meaning(member.getBuyingRole()) + ")" : "")
					.append(" |\n");
		}
	}

	private static void stage(StringBuilder md, Stage stage, EmotionScales.Scale scale) {
		md.append("\n## ").append(OutputText.markdown(JourneyQueries.label(stage))).append("\n\n");
		fact(md, "Customer goal", stage.getCustomerGoal());
		fact(md, "Asks", questions(stage.getQuestions()));
		String outcome = stage.isSetAttainment() ? stage.getAttainment().getLiteral() + (stage.getOutcome() == null ? "" : ": " + stage.getOutcome())
				: stage.getOutcome();
		fact(md, "Outcome", outcome);
		fact(md, "Takes", String.join(" · ", Durations.ofStage(stage)));
		md.append("\n| step | as | when | reached | feels | asks | touchpoint | channel | with | owners |\n|---|---|---|---:|---|---|---|---|---|---|\n");
		for (Step step : stage.getSteps()) {
			String feels = step.getEmotion() == null ? "" : scale.label(step.getEmotion());
			String[] stepCells = { JourneyQueries.label(step), orEmpty(CustomerRoles.of(step)), Timings.when(step), step.getReached() == null ? "" : step.getReached().toString(),
					feels, questions(step.getQuestions()) };
			if (step.getTouchpoints().isEmpty()) {
				row(md, stepCells, "", "", "", "", "");
			}
			boolean first = true;
			for (Touchpoint touchpoint : step.getTouchpoints()) {
				String[] cells = first ? stepCells : new String[] { "", "", "", "", "", "" };
				row(md, cells, JourneyQueries.label(touchpoint), Timings.when(touchpoint),
						touchpoint.getChannel() == null ? "" : JourneyQueries.label(touchpoint.getChannel()),
						touchpoint.getDealsWith().stream().filter(p -> !p.eIsProxy()).map(BuyingGroups::describe).collect(Collectors.joining("; ")),
						Ownership.ownersOf(touchpoint).stream().map(Party::getName).collect(Collectors.joining(", ")));
				first = false;
			}
		}
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

	private static String questions(List<String> questions) {
		return String.join(" · ", questions);
	}

	private static String status(KpiKinds.Status status) {
		return status == KpiKinds.Status.MISSED ? "**" + status.word() + "**" : status.word();
	}

	private static void fact(StringBuilder md, String name, String value) {
		if (value != null && !value.isBlank()) {
			md.append("- **").append(OutputText.markdown(name)).append(":** ").append(OutputText.markdown(value)).append('\n');
		}
	}

	/** A table row: the step's cells, then the touchpoint's: touchpoint, when, channel, with, owners (its 'when' joins the step's column). */
	private static void row(StringBuilder md, String[] step, String touchpoint, String touchpointWhen, String channel, String with, String owners) {
		String when = step[2].isEmpty() ? touchpointWhen : touchpointWhen.isEmpty() ? step[2] : step[2] + "; touchpoint: " + touchpointWhen;
		String[] cells = { step[0], step[1], when, step[3], step[4], step[5], touchpoint, channel, with, owners };
		md.append('|');
		for (String cell : cells) {
			md.append(' ').append(OutputText.markdown(cell)).append(" |");
		}
		md.append('\n');
	}

	private static String orBlank(String text) {
		return text == null ? "" : OutputText.markdown(text);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
