package journey.report.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import journey.report.OutputText;
import journey.report.DisplayText;
import journey.dsl.analytics.EmotionCurve;
import journey.dsl.analytics.EvidenceCoverage;
import journey.dsl.analytics.Funnel;
import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.analytics.KpiScorecard;
import journey.dsl.analytics.OwnershipMatrix;
import journey.dsl.analytics.PainPointPriorities;
import journey.dsl.compare.Conformance;
import journey.dsl.compare.JourneyComparison;
import journey.dsl.model.Expectation;
import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.Timings;
import journey.dsl.query.Durations;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;
import journey.dsl.query.KpiKinds;
import journey.dsl.query.KpiTrends;

/** Writes the HTML page of one journey: facts, map, blueprint, analytics and the improvement cycle. */
final class JourneyPage {

	/** The drawings of one journey and the names of their standalone files; no names for a page shown on its own. */
	record Drawings(Svg.Drawing map, String mapFile, Svg.Drawing blueprint, String blueprintFile, Svg.Drawing flow, String flowFile) {
	}

	private final StringBuilder html = new StringBuilder(1 << 16);
	private final JourneyAnalytics analytics;
	private final Journey journey;
	/** An actual journey against its plan; null for one that names no plan. */
	private final Conformance conformance;

	private JourneyPage(JourneyAnalytics analytics) {
		this.analytics = analytics;
		this.journey = analytics.journey();
		this.conformance = Conformance.of(journey);
	}

	/** The page of the analysed journey; its figures are those of the analytics, as {@code journey analyze} prints them. */
	static String render(JourneyAnalytics analytics, Drawings drawings) {
		return new JourneyPage(analytics).write(drawings);
	}

	private static String h(String text) {
		return OutputText.html(text);
	}

	private JourneyPage add(String markup) {
		html.append(markup);
		return this;
	}

	private String write(Drawings drawings) {
		String title = DisplayText.label(journey);
		add(Styles.documentStart(h(OutputText.clamp(title, OutputText.HEADER_LENGTH)) + " \u2013 journey"));
		add("<header class=\"page\">");
		if (drawings.mapFile() != null) {
			add("<div class=\"meta\"><a href=\"index.html\">\u2190 All journeys</a></div>");
		}
		// a title longer than a header can hold is cut, and shown whole in the tooltip
		String shown = OutputText.clamp(title, OutputText.HEADER_LENGTH);
		add(shown.equals(title) ? "<h1>" : "<h1 title=\"" + h(title) + "\">").add(h(shown)).add("</h1>\n<div class=\"meta\">");
		add(h(DisplayText.qualifiedName(journey)));
		if (journey.getPersona() != null) {
			add(" \u00b7 persona ").add(h(DisplayText.label(journey.getPersona())));
		}
		if (journey.isSetState()) {
			add(" \u00b7 ").add(h(journey.getState().getLiteral())).add(" state");
		}
		if (journey.getVersion() != null) {
			add(" \u00b7 version ").add(h(journey.getVersion()));
		}
		add("</div></header>\n<main>\n<nav class=\"toc\"><a href=\"#about\">About</a><a href=\"#map\">Journey map</a><a href=\"#blueprint\">Service blueprint</a>"
				+ "<a href=\"#analytics\">Analytics</a><a href=\"#details\">KPIs &amp; stages</a><a href=\"#behind\">Behind the scenes</a><a href=\"#improvement\">Insights &amp; solutions</a>"
				+ (hasBaseline() ? "<a href=\"#comparison\">Against the baseline</a>" : "")
				+ (conformance != null ? "<a href=\"#conformance\">Against the plan</a>" : "") + "</nav>\n");
		about();
		figure("map", "Journey map", "Stages, steps and touchpoints with their channels; the emotion curve on the journey's scale; pain points, successes, key moments (\u2605) and KPI status. Hover any box for its full text.",
				drawings.map(), drawings.mapFile());
		figure("blueprint", "Service blueprint", "What stands behind each touchpoint: the activities in the frontstage, backstage and support lanes under the stage they serve, with their owners. Arrows run from touchpoints to the activities that support them; dashed purple arrows are activities triggering others.",
				drawings.blueprint(), drawings.blueprintFile());
		analytics(drawings);
		details();
		behindTheScenes();
		improvement();
		comparison();
		conformance();
		add("</main>\n<footer>Rendered by <code>journey render</code>. The page is self-contained: no scripts, nothing fetched.</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	private boolean hasBaseline() {
		return journey.getBaseline() != null && !journey.getBaseline().eIsProxy() && journey.getBaseline() != journey;
	}

	/** What changed since the baseline, for a journey that names one (a future state against the current one). */
	private void comparison() {
		if (hasBaseline()) {
			add("<section id=\"comparison\"><h2>Against the baseline</h2>\n")
					.add(ComparisonSection.body(JourneyComparison.of(journey.getBaseline(), journey))).add("</section>\n");
		}
	}

	/** An actual journey against its plan: the conformance figure and every deviation, in CJML's categories. */
	private void conformance() {
		if (conformance == null) {
			return;
		}
		add("<section id=\"conformance\"><h2>Against the plan</h2>\n<p class=\"hint\">").add(h(DisplayText.label(journey))).add(" followed ")
				.add(h(DisplayText.label(conformance.planned()))).add(" at <strong>").add(h(DisplayText.ratioAsPercent(conformance.figure()))).add("</strong>: ")
				.add(String.valueOf(conformance.regular())).add(" of ").add(String.valueOf(conformance.plannedCount() + conformance.adHocCount()))
				.add(" touchpoints (").add(String.valueOf(conformance.plannedCount())).add(" planned, ").add(String.valueOf(conformance.adHocCount()))
				.add(" ad hoc) happened as planned. Missing: planned but not lived; ad hoc: lived but not planned; irregular: out of order or on another channel; failed: went wrong where the plan expected it to go well.</p>\n");
		if (conformance.deviations().isEmpty()) {
			add("<p class=\"hint\">No deviations.</p>\n</section>\n");
			return;
		}
		add("<div class=\"table-scroll\"><table><tr><th>Deviation</th><th>Planned</th><th>Actual</th><th>Step</th><th>What happened</th></tr>\n");
		for (Conformance.Deviation deviation : conformance.deviations()) {
			Touchpoint touchpoint = deviation.actual() != null ? deviation.actual() : deviation.planned();
			add("<tr><td>").add(h(DisplayText.word(deviation.category()))).add("</td><td>")
					.add(deviation.planned() == null ? "\u2013" : h(DisplayText.label(deviation.planned()))).add("</td><td>")
					.add(deviation.actual() == null ? "\u2013" : h(DisplayText.label(deviation.actual()))).add("</td><td>")
					.add(h(DisplayText.label((NamedElement) touchpoint.eContainer()))).add("</td><td>").add(h(deviation.reason())).add("</td></tr>\n");
		}
		add("</table></div>\n</section>\n");
	}

	private void fact(String label, String value) {
		if (value != null && !value.isBlank()) {
			add("<dt>").add(h(label)).add("</dt><dd>").add(h(value)).add("</dd>\n");
		}
	}

	private void about() {
		add("<section id=\"about\"><h2>About this journey</h2>\n<dl class=\"facts\">\n");
		if (journey.getPersona() != null) {
			fact("Persona", DisplayText.label(journey.getPersona())
					+ (journey.getPersona().getDescription() == null ? "" : " \u2013 " + journey.getPersona().getDescription()));
		}
		fact("Goal", journey.getGoal());
		if (journey.getScopeFrom() != null || journey.getScopeTo() != null) {
			fact("Scope", (journey.getScopeFrom() == null ? "\u2026" : journey.getScopeFrom()) + " \u2192 "
					+ (journey.getScopeTo() == null ? "\u2026" : journey.getScopeTo()));
		}
		fact("Question", journey.getQuestion());
		for (Expectation expectation : journey.getExpectations()) {
			fact("Expects", expectation.getText() + (expectation.getWithin() == null ? "" : " (within " + Durations.text(expectation.getWithin()) + ")"));
		}
		fact("Description", journey.getDescription());
		for (journey.dsl.model.StageGroup group : journey.getGroups()) {
			fact("Group " + DisplayText.label(group), group.getStages().stream().filter(s -> !s.eIsProxy()).map(DisplayText::label).collect(Collectors.joining(", "))
					+ (group.getDescription() == null ? "" : " \u2013 " + group.getDescription()));
		}
		if (journey.getBuyingGroup() != null) {
			journey.dsl.model.BuyingGroup group = journey.getBuyingGroup();
			fact("Buying group", (group.getTitle() == null ? "" : group.getTitle() + ": ")
					+ group.getMembers().stream().map(BuyingGroups::describe).collect(Collectors.joining("; "))
					+ (group.getDescription() == null ? "" : " \u2013 " + group.getDescription()));
		}
		if (journey.getPlannedAs() != null) {
			fact("Planned as", DisplayText.label(journey.getPlannedAs()));
		}
		if (journey.getBaseline() != null) {
			fact("Baseline", DisplayText.label(journey.getBaseline()));
		}
		EmotionScales.Scale scale = analytics.emotionCurve().scale();
		String levels = scale.labels().entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).map(e -> DisplayText.signed(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
		fact("Emotion scale", (journey.getScale() == null ? "default" : DisplayText.label(journey.getScale())) + ": " + DisplayText.signed(scale.min()) + " to "
				+ DisplayText.signed(scale.max()) + (levels.isEmpty() ? "" : " (" + levels + ")"));
		if (journey.getScale() != null) {
			fact("Scale description", journey.getScale().getDescription());
		}
		add("</dl>\n</section>\n");
	}

	private void details() {
		add("<section id=\"details\"><h2>Journey KPIs and stages</h2>\n");
		List<KpiScorecard.Row> journeyKpis = analytics.kpis().rows().stream().filter(r -> r.scope() == KpiScorecard.Scope.JOURNEY).toList();
		if (!journeyKpis.isEmpty()) {
			add("<h3>Journey KPIs</h3>\n");
			kpiTable(journeyKpis);
		}
		add("<h3>Stages</h3>\n<div class=\"table-scroll\"><table><tr><th>Stage</th><th>Customer goal</th><th>Questions</th><th>Outcome</th><th>Duration</th><th>Against target</th><th>Description</th></tr>\n");
		for (journey.dsl.analytics.StageDurations.Row row : analytics.durations().rows()) {
			Stage stage = row.stage();
			add("<tr><td>").add(h(DisplayText.label(stage))).add("</td><td>").add(h(stage.getCustomerGoal())).add("</td><td>")
					.add(h(String.join(" / ", stage.getQuestions()))).add("</td><td>")
					.add(stage.isSetAttainment() ? h(stage.getAttainment().getLiteral()) + " " : "").add(h(stage.getOutcome())).add("</td><td>");
			add(h(String.join(" \u00b7 ", Durations.ofStage(stage)))).add("</td><td>").add(fit(row.typicalFit())).add("</td><td>")
					.add(h(stage.getDescription())).add("</td></tr>\n");
		}
		add("</table></div>\n");
		journey.dsl.analytics.StageDurations.Total total = analytics.durations().total();
		if (total.stagesCounted() > 0) {
			add("<p class=\"hint\">The journey typically takes ").add(h(DisplayText.number(total.shortestDays())))
					.add(total.longestDays().compareTo(total.shortestDays()) == 0 ? "" : "\u2013" + h(DisplayText.number(total.longestDays())))
					.add(" days over ").add(Integer.toString(total.stagesCounted())).add(" of ").add(Integer.toString(total.stages()))
					.add(total.stages() == 1 ? " stage" : " stages")
					.add(total.targetsCounted() == 0 ? "" : "; the targets add up to " + h(DisplayText.number(total.targetDays())) + " days over "
							+ total.targetsCounted() + (total.targetsCounted() == 1 ? " stage" : " stages"))
					.add(".</p>\n");
		}
		steps();
		add("</section>\n");
	}

	/** Whether a duration fits its target, in words and a colour that never stands alone. */
	private static String fit(Durations.Fit fit) {
		if (fit == null) {
			return "";
		}
		return switch (fit) {
			case WITHIN -> "<span class=\"badge met\">\u2713 within</span>";
			case MAY_EXCEED -> "<span class=\"badge nodata\">may exceed</span>";
			case OVER -> "<span class=\"badge missed\">\u2717 over</span>";
		};
	}

	/** Every step with its role, when it happens, its questions, and the touchpoints with whom the customer deals. */
	private void steps() {
		add("<h3>Steps and touchpoints</h3>\n<div class=\"table-scroll\"><table><tr><th>Stage</th><th>Step</th><th>As</th><th>When</th><th>Asks</th>"
				+ "<th>Touchpoint</th><th>When</th><th>With</th></tr>\n");
		for (Stage stage : journey.getStages()) {
			for (journey.dsl.model.Step step : stage.getSteps()) {
				List<Touchpoint> touchpoints = step.getTouchpoints().isEmpty() ? java.util.Collections.singletonList(null) : step.getTouchpoints();
				boolean first = true;
				for (Touchpoint touchpoint : touchpoints) {
					add("<tr><td>").add(first ? h(DisplayText.label(stage)) : "").add("</td><td>").add(first ? h(DisplayText.label(step)) : "")
							.add("</td><td>").add(first ? h(CustomerRoles.of(step)) : "").add("</td><td>")
							.add(first ? h(Timings.when(step)) : "").add("</td><td>").add(first ? h(String.join(" / ", step.getQuestions())) : "")
							.add("</td><td>").add(touchpoint == null ? "" : h(DisplayText.label(touchpoint))).add("</td><td>")
							.add(touchpoint == null ? "" : h(Timings.when(touchpoint))).add("</td><td>")
							.add(touchpoint == null ? "" : h(touchpoint.getDealsWith().stream().filter(p -> !p.eIsProxy()).map(BuyingGroups::describe)
									.collect(Collectors.joining("; "))))
							.add("</td></tr>\n");
					first = false;
				}
			}
		}
		add("</table></div>\n");
	}

	private void figure(String id, String heading, String hint, Svg.Drawing drawing, String file) {
		add("<section id=\"").add(id).add("\"><h2>").add(h(heading)).add("</h2>\n<p class=\"hint\">").add(h(hint));
		openAsSvg(file);
		add("</p>\n");
		zoomable(id, drawing);
		add("</section>\n");
	}

	/**
	 * A drawing that fits the page's width, with buttons for its own size and twice that: radio
	 * buttons and CSS, since the page runs no scripts. Printed, it always fits the paper's width.
	 */
	private void zoomable(String id, Svg.Drawing drawing) {
		add("<div class=\"zoom\">");
		String[][] zooms = { { "fit", "Fit width" }, { "z100", "100%" }, { "z200", "200%" } };
		for (String[] zoom : zooms) {
			String input = "zoom-" + id + "-" + zoom[0];
			add("<input type=\"radio\" class=\"").add(zoom[0]).add("\" name=\"zoom-").add(id).add("\" id=\"").add(input).add("\"")
					.add(zoom[0].equals("fit") ? " checked" : "").add("><label for=\"").add(input).add("\">").add(zoom[1]).add("</label>");
		}
		add("\n<div class=\"scroll\" style=\"--w:").add(Svg.num(drawing.width())).add("px\">\n").add(drawing.markup()).add("</div></div>\n");
	}

	private void openAsSvg(String file) {
		if (file != null) {
			add(" <a href=\"").add(h(file)).add("\">Open as SVG</a>");
		}
	}

	private void badge(KpiKinds.Status status) {
		add("<span class=\"badge ").add(DisplayText.statusCssClass(status)).add("\">").add(h(DisplayText.statusWithSymbol(status))).add("</span>");
	}

	private void kpiTable(List<KpiScorecard.Row> rows) {
		add("<div class=\"table-scroll\"><table><tr><th>KPI</th><th>Measures</th><th>At</th><th>Actual</th><th>Target</th><th>Status</th><th>Last measured</th><th>Reviewed</th><th>Description</th></tr>\n");
		for (KpiScorecard.Row row : rows) {
			Kpi kpi = row.kpi();
			KpiKinds.Status status = row.status();
			NamedElement at = kpi.eContainer() instanceof NamedElement named ? named : null;
			add("<tr><td>").add(h(DisplayText.label(kpi))).add("</td><td>").add(h(KpiKinds.of(kpi.getKind()).label())).add("</td><td>").add(h(DisplayText.label(at)))
					.add("</td><td class=\"num\">").add(h(DisplayText.kpiValueForPage(kpi, kpi.getActual()))).add("</td><td class=\"num\">")
					.add(h(DisplayText.kpiValueForPage(kpi, kpi.getTarget()))).add("</td><td>");
			badge(status);
			add("</td><td>").add(h(KpiTrends.lastMeasured(kpi)));
			add("</td><td>").add(kpi.isSetCadence() ? h(kpi.getCadence().getLiteral()) : "").add(kpi.getOwner() == null ? "" : " by " + h(DisplayText.label(kpi.getOwner())))
					.add("</td><td>").add(h(kpi.getDescription())).add("</td></tr>\n");
		}
		add("</table></div>\n");
	}

	private void analytics(Drawings drawings) {
		add("<section id=\"analytics\"><h2>Analytics</h2>\n");
		emotionCurve(analytics.emotionCurve());
		funnel(analytics.funnel(), drawings);

		add("<h3>KPI status per stage and touchpoint</h3>\n");
		List<KpiScorecard.Row> kpis = analytics.kpis().rows().stream().filter(r -> r.scope() != KpiScorecard.Scope.JOURNEY).toList();
		if (kpis.isEmpty()) {
			add("<p class=\"hint\">No stage or touchpoint has KPIs.</p>\n");
		} else {
			kpiTable(kpis);
		}

		painPoints(analytics.painPoints());
		ownership(analytics.ownership());
		evidence(analytics.evidence());
		add("</section>\n");
	}

	private void emotionCurve(EmotionCurve curve) {
		EmotionScales.Scale scale = curve.scale();
		List<EmotionCurve.Point> felt = curve.felt();
		add("<h3>Emotion curve</h3>\n");
		if (felt.isEmpty()) {
			add("<p class=\"hint\">No step says how the customer feels.</p>\n");
			return;
		}
		add("<dl class=\"facts\">");
		fact("Lowest", DisplayText.signed(curve.lowest().emotion()) + " at " + DisplayText.label(curve.lowest().step()));
		fact("Highest", DisplayText.signed(curve.highest().emotion()) + " at " + DisplayText.label(curve.highest().step()));
		fact("Average", DisplayText.signed(curve.average()));
		fact("Start \u2192 end", DisplayText.signed(felt.get(0).emotion()) + " \u2192 " + DisplayText.signed(felt.get(felt.size() - 1).emotion()));
		add("</dl>\n<div class=\"table-scroll\"><table><tr><th>Stage</th><th>Step</th><th>Emotion</th><th>Feeling</th></tr>\n");
		for (EmotionCurve.Point point : curve.points()) {
			add("<tr><td>").add(h(DisplayText.label(point.stage()))).add("</td><td>").add(h(DisplayText.label(point.step())))
					.add("</td><td class=\"num\">")
					.add(point.emotion() == null ? "\u2013" : h(DisplayText.signed(point.emotion()) + " " + scale.label((int) Math.round(point.emotion()))))
					.add("</td><td>").add(h(point.step().getFeeling())).add("</td></tr>\n");
		}
		add("</table></div>\n");
	}

	private void funnel(Funnel funnel, Drawings drawings) {
		add("<h3>Funnel and step flow</h3>\n<p class=\"hint\">Where customers go from each step (laid out by ELK): dashed orange arrows go back (loops and repeat purchases), dotted blue ones are alternatives, green dash-dotted ones are referrals, new customers who start there.");
		openAsSvg(drawings.flowFile());
		add("</p>\n");
		zoomable("flow", drawings.flow());
		add("<div class=\"table-scroll\"><table><tr><th>Stage</th><th>Step</th><th>Reached</th><th>Of start</th><th>Continues</th><th>Drops out</th><th>Why they drop out</th></tr>\n");
		for (Funnel.StepRow row : funnel.steps()) {
			add("<tr><td>").add(h(DisplayText.label(row.stage()))).add("</td><td>").add(h(DisplayText.label(row.step())))
					.add("</td><td class=\"num\">").add(row.reached() == null ? "\u2013" : DisplayText.number(row.reached()))
					.add("</td><td class=\"num\">").add(row.ofEntry() == null ? "\u2013" : DisplayText.percent(row.ofEntry() * 100))
					.add("</td><td class=\"num\">").add(row.continueShare() == null ? "\u2013" : DisplayText.number(row.continueShare()) + "%")
					.add("</td><td class=\"num\">").add(row.dropShare() == null ? "\u2013" : DisplayText.number(row.dropShare()) + "%")
					.add("</td><td>").add(h(row.dropReason())).add("</td></tr>\n");
		}
		add("</table></div>\n");
	}

	private void painPoints(PainPointPriorities priorities) {
		add("<h3>Pain-point priority</h3>\n<p class=\"hint\">Priority = <code>").add(h(priorities.formula().toString()))
				.add("</code>, where severity counts low 1 \u2026 critical 4 and frequency rare 1 \u2026 always 4 (1 when not given), and reach is "
						+ "the share of customers it touches: its own reach, else the share of the journey's entrants who reach its step, else 100%. "
						+ "The same ranking as <code>journey analyze</code>.</p>\n");
		if (priorities.ranked().isEmpty()) {
			add("<p class=\"hint\">No pain points.</p>\n");
			return;
		}
		add("<div class=\"table-scroll\"><table><tr><th>#</th><th>Pain point</th><th>At</th><th>Severity</th><th>Frequency</th><th>Reach</th><th>Priority</th><th>Description</th></tr>\n");
		int rank = 1;
		for (PainPointPriorities.Ranked row : priorities.ranked()) {
			PainPoint pain = row.painPoint();
			String severity = pain.isSetSeverity() ? pain.getSeverity().getLiteral() : "unrated";
			add("<tr><td class=\"num\">").add(Integer.toString(rank++)).add("</td><td>").add(h(DisplayText.label(pain))).add("</td><td>")
					.add(h(DisplayText.label(row.at()))).add("</td><td><span class=\"badge sev-").add(pain.isSetSeverity() ? severity : "low").add("\">")
					.add(h(severity)).add("</span></td><td>").add(pain.isSetFrequency() ? h(pain.getFrequency().getLiteral()) : "\u2013")
					.add("</td><td class=\"num\">").add(DisplayText.percent(row.reach() * 100)).add(reachSource(row.reachSource()))
					.add("</td><td class=\"num\">").add(h(DisplayText.number(row.priority()))).add("</td><td>").add(h(pain.getDescription()))
					.add("</td></tr>\n");
		}
		add("</table></div>\n");
	}

	/** Says where a reach not declared on the pain point comes from. */
	private static String reachSource(PainPointPriorities.ReachSource source) {
		return switch (source) {
			case DECLARED -> "";
			case FUNNEL -> " <span class=\"hint\">of entrants</span>";
			case DEFAULT -> " <span class=\"hint\">assumed</span>";
		};
	}

	private void ownership(OwnershipMatrix matrix) {
		add("<h3>Ownership matrix</h3>\n<p class=\"hint\">Touchpoints each team stands behind, per stage (its own owner, else the owners of the activities that support it).</p>\n");
		if (matrix.teams().isEmpty()) {
			add("<p class=\"hint\">Nobody owns any touchpoint.</p>\n");
		} else {
			add("<div class=\"table-scroll\"><table><tr><th>Team</th>");
			for (Stage stage : matrix.stages()) {
				add("<th>").add(h(DisplayText.label(stage))).add("</th>");
			}
			add("</tr>\n");
			for (Party team : matrix.teams()) {
				add("<tr><td>").add(h(DisplayText.label(team))).add("</td>");
				for (Stage stage : matrix.stages()) {
					int count = matrix.count(team, stage);
					add("<td class=\"num\">").add(count == 0 ? "" : Integer.toString(count)).add("</td>");
				}
				add("</tr>\n");
			}
			add("</table></div>\n");
		}

		add("<h3>Unowned touchpoints</h3>\n");
		if (matrix.unowned().isEmpty()) {
			add("<p class=\"hint\">Every touchpoint has an owner.</p>\n");
		} else {
			add("<ul>");
			for (OwnershipMatrix.Unowned unowned : matrix.unowned()) {
				add("<li class=\"warn\">").add(h(DisplayText.label(unowned.touchpoint()))).add(" <span class=\"hint\">(")
						.add(h(DisplayText.label(JourneyQueries.stepOf(unowned.touchpoint())))).add(")</span></li>");
			}
			add("</ul>\n");
		}
	}

	private void evidence(EvidenceCoverage coverage) {
		add("<h3>Evidence coverage</h3>\n<p class=\"hint\">Which touchpoints have insights or KPIs behind them, and which have none.</p>\n");
		add("<p>").add(Integer.toString(coverage.covered().size())).add(" of ").add(Integer.toString(coverage.touchpoints().size()))
				.add(" touchpoints have evidence.</p>\n");
		add("<div class=\"table-scroll\"><table><tr><th>Touchpoint</th><th>Insights</th><th>KPIs</th><th>Coverage</th></tr>\n");
		for (EvidenceCoverage.Coverage row : coverage.touchpoints()) {
			add("<tr><td>").add(h(DisplayText.label(row.touchpoint()))).add("</td><td class=\"num\">").add(Integer.toString(row.insights().size()))
					.add("</td><td class=\"num\">").add(Integer.toString(row.kpis().size())).add("</td><td>")
					.add(row.covered() ? "\u2713 covered" : "<span class=\"warn\">\u26a0 none</span>").add("</td></tr>\n");
		}
		add("</table></div>\n");
	}

	private void improvement() {
		add("<section id=\"improvement\"><h2>Insights, opportunities and solutions</h2>\n");
		if (journey.getInsights().isEmpty() && journey.getOpportunities().isEmpty() && journey.getSolutions().isEmpty()) {
			add("<p class=\"hint\">None recorded yet.</p>\n");
		}
		if (!journey.getInsights().isEmpty()) {
			add("<h3>Insights</h3><table><tr><th>Insight</th><th>From</th><th>About</th><th>Description</th></tr>\n");
			for (Insight insight : journey.getInsights()) {
				add("<tr><td>").add(h(DisplayText.label(insight))).add("</td><td>").add(insight.isSetSource() ? h(insight.getSource().getLiteral()) : "")
						.add("</td><td>").add(h(names(insight.getTouchpoints()))).add("</td><td>").add(h(insight.getDescription())).add("</td></tr>\n");
			}
			add("</table>\n");
		}
		if (!journey.getOpportunities().isEmpty()) {
			add("<h3>Opportunities</h3><table><tr><th>Opportunity</th><th>Kind</th><th>Relieves</th><th>Customer value</th><th>Business value</th><th>Effort</th><th>Description</th></tr>\n");
			for (Opportunity opportunity : journey.getOpportunities()) {
				add("<tr><td>").add(h(DisplayText.label(opportunity))).add("</td><td>").add(opportunity.isSetKind() ? h(opportunity.getKind().getLiteral()) : "")
						.add("</td><td>").add(h(names(opportunity.getPainPoints()))).add("</td><td>")
						.add(opportunity.isSetCustomerValue() ? h(opportunity.getCustomerValue().getLiteral()) : "").add("</td><td>")
						.add(opportunity.isSetBusinessValue() ? h(opportunity.getBusinessValue().getLiteral()) : "").add("</td><td>")
						.add(opportunity.isSetEffort() ? h(opportunity.getEffort().getLiteral()) : "").add("</td><td>").add(h(opportunity.getDescription()))
						.add("</td></tr>\n");
			}
			add("</table>\n");
		}
		if (!journey.getSolutions().isEmpty()) {
			add("<h3>Solutions</h3><table><tr><th>Solution</th><th>Status</th><th>Owner</th><th>Stakeholders</th><th>Measured by</th><th>Description</th></tr>\n");
			for (Solution solution : journey.getSolutions()) {
				add("<tr><td>").add(h(DisplayText.label(solution))).add("</td><td>").add(solution.isSetStatus() ? h(solution.getStatus().getLiteral()) : "")
						.add("</td><td>").add(h(DisplayText.label(solution.getOwner()))).add("</td><td>").add(h(names(solution.getStakeholders())))
						.add("</td><td>").add(h(names(solution.getKpis()))).add("</td><td>").add(h(solution.getDescription())).add("</td></tr>\n");
			}
			add("</table>\n");
		}
		add("</section>\n");
	}

	/** The processes, systems, teams and people this journey relies on, with everything the model says about them. */
	private void behindTheScenes() {
		java.util.Set<journey.dsl.model.Activity> activities = new java.util.LinkedHashSet<>();
		for (Stage stage : journey.getStages()) {
			activities.addAll(JourneyQueries.activitiesBehind(stage));
		}
		java.util.Set<journey.dsl.model.Process> processes = new java.util.LinkedHashSet<>();
		java.util.Set<journey.dsl.model.Technology> systems = new java.util.LinkedHashSet<>();
		java.util.Set<journey.dsl.model.Party> parties = new java.util.LinkedHashSet<>();
		for (journey.dsl.model.Activity activity : activities) {
			if (JourneyQueries.processOf(activity) != null) {
				processes.add(JourneyQueries.processOf(activity));
			}
			systems.addAll(activity.getSystems());
			addParty(parties, Ownership.ownerOf(activity));
			activity.getPerformers().forEach(p -> addParty(parties, p));
		}
		processes.forEach(p -> addParty(parties, p.getOwner()));
		systems.forEach(s -> addParty(parties, s.getOwner()));
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
			addParty(parties, touchpoint.getOwner());
			touchpoint.getDealsWith().forEach(p -> addParty(parties, p));
		}
		for (Solution solution : journey.getSolutions()) {
			addParty(parties, solution.getOwner());
			solution.getStakeholders().forEach(p -> addParty(parties, p));
		}
		journey.eAllContents().forEachRemaining(o -> {
			if (o instanceof Kpi kpi) {
				addParty(parties, kpi.getOwner());
			}
		});
		journey.getKpis().forEach(k -> addParty(parties, k.getOwner()));
		add("<section id=\"behind\"><h2>Behind the scenes</h2>\n");
		if (processes.isEmpty() && parties.isEmpty()) {
			add("<p class=\"hint\">No process, system, team or person stands behind this journey yet.</p>\n");
		}
		if (!processes.isEmpty()) {
			add("<h3>Processes</h3><div class=\"table-scroll\"><table><tr><th>Process</th><th>Owner</th><th>Activities</th><th>Description</th></tr>\n");
			for (journey.dsl.model.Process process : processes) {
				add("<tr><td>").add(h(DisplayText.label(process))).add("</td><td>").add(h(DisplayText.label(process.getOwner()))).add("</td><td>")
						.add(h(names(process.getActivities()))).add("</td><td>").add(h(process.getDescription())).add("</td></tr>\n");
			}
			add("</table></div>\n");
		}
		if (!systems.isEmpty()) {
			add("<h3>Systems</h3><div class=\"table-scroll\"><table><tr><th>System</th><th>Owner</th><th>Description</th></tr>\n");
			for (journey.dsl.model.Technology system : systems) {
				add("<tr><td>").add(h(DisplayText.label(system))).add("</td><td>").add(h(DisplayText.label(system.getOwner()))).add("</td><td>")
						.add(h(system.getDescription())).add("</td></tr>\n");
			}
			add("</table></div>\n");
		}
		if (!parties.isEmpty()) {
			add("<h3>Teams and people</h3><div class=\"table-scroll\"><table><tr><th>Name</th><th>Kind</th><th>Part of</th><th>Role</th><th>Description</th></tr>\n");
			for (journey.dsl.model.Party party : parties) {
				String kind = party instanceof journey.dsl.model.Team team ? team.getKind().getLiteral()
						: party instanceof journey.dsl.model.Member ? "buying group member" : "person";
				journey.dsl.model.NamedElement partOf = party instanceof journey.dsl.model.Team team ? team.getPartOf()
						: party instanceof journey.dsl.model.Person person ? person.getTeam() : null;
				String role = party instanceof journey.dsl.model.Person person ? person.getRole()
						: party instanceof journey.dsl.model.Member member ? BuyingGroups.describe(member) : null;
				add("<tr><td>").add(h(DisplayText.label(party))).add("</td><td>").add(h(kind)).add("</td><td>").add(h(DisplayText.label(partOf)))
						.add("</td><td>").add(h(role)).add("</td><td>").add(h(party.getDescription())).add("</td></tr>\n");
			}
			add("</table></div>\n");
		}
		add("</section>\n");
	}

	private static void addParty(java.util.Set<journey.dsl.model.Party> parties, journey.dsl.model.Party party) {
		if (party != null && !party.eIsProxy()) {
			parties.add(party);
		}
	}

	private static String names(List<? extends NamedElement> elements) {
		return elements.stream().map(DisplayText::label).collect(Collectors.joining(", "));
	}
}
