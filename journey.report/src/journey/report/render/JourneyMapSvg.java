package journey.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import journey.report.DisplayText;
import journey.dsl.analytics.EmotionCurve;
import journey.dsl.model.Finding;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Moment;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.StageGroup;
import journey.dsl.model.Step;
import journey.dsl.model.Success;
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
 * Draws the journey map: one column per step under its stage (and the stage groups above them),
 * with rows for the stage, the step, its touchpoints, the emotion curve, pain points and
 * successes, the KPIs of each step's touchpoints under that step, and the stages' own KPIs. Every
 * text wraps at its box's width and every box is as tall as its text ({@link Card}); a row is as
 * tall as its tallest cell, so nothing overlaps and nothing is cut.
 */
public final class JourneyMapSvg {

	static final double LEFT = 172;
	static final double COL = 204;
	static final double GAP = 14;
	static final double STAGE_GAP = 26;
	static final double TOP = 12;
	static final double ROW_GAP = 12;
	static final double STAGE_H = 72;
	static final double STEP_H = 84;
	static final double CARD_H = 60;
	static final double CARD_GAP = 8;
	static final double EMOTION_H = 160;
	static final double FINDING_H = 58;
	static final double KPI_H = 62;
	static final double GROUP_H = 30;
	private static final double CHIP_H = 16;
	private static final double KEY_W = 52;
	private static final double ICON_W = 22;

	private final Journey journey;
	private final Svg svg = new Svg();
	private final List<Double> stageX = new ArrayList<>();
	private final List<Double> stageW = new ArrayList<>();
	private final List<Double> stepX = new ArrayList<>();
	private final List<Step> steps = new ArrayList<>();

	private JourneyMapSvg(Journey journey) {
		this.journey = journey;
	}

	public static Svg.Drawing render(Journey journey) {
		return new JourneyMapSvg(journey).draw();
	}

	private Svg.Drawing draw() {
		double x = LEFT;
		for (Stage stage : journey.getStages()) {
			int columns = Math.max(1, stage.getSteps().size());
			double width = columns * COL + (columns - 1) * GAP;
			stageX.add(x);
			stageW.add(width);
			for (int i = 0; i < stage.getSteps().size(); i++) {
				steps.add(stage.getSteps().get(i));
				stepX.add(x + i * (COL + GAP));
			}
			x += width + STAGE_GAP;
		}
		double width = Math.max(x - STAGE_GAP + 16, 640);
		List<Stage> stages = journey.getStages();

		List<StageGroup> groups = journey.getGroups().stream().filter(group -> !spannedIndexes(group).isEmpty()).toList();
		List<Card> groupCards = groups.stream().map(this::groupCard).toList();
		double groupH = groups.isEmpty() ? 0 : Math.max(GROUP_H, groupCards.stream().mapToDouble(Card::height).max().orElse(0));
		double stageY = TOP + (groups.isEmpty() ? 0 : groupH + ROW_GAP);
		List<Card> stageCards = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			stageCards.add(stageCard(stages.get(i), stageW.get(i)));
		}
		double stageH = Math.max(STAGE_H, stageCards.stream().mapToDouble(Card::height).max().orElse(0));

		List<Card> stepCards = steps.stream().map(this::stepCard).toList();
		double stepY = stageY + stageH + ROW_GAP;
		double stepH = Math.max(STEP_H, stepCards.stream().mapToDouble(Card::height).max().orElse(0));

		List<List<Card>> touchCards = steps.stream().map(step -> step.getTouchpoints().stream().map(this::touchpointCard).toList()).toList();
		double touchY = stepY + stepH + ROW_GAP;
		double touchH = Math.max(CARD_H, touchCards.stream().mapToDouble(cards -> stackHeight(cards, CARD_H)).max().orElse(0));
		double emotionY = touchY + touchH + ROW_GAP;

		List<List<Card>> findingCards = steps.stream().map(step -> findings(step).stream().map(this::findingCard).toList()).toList();
		double findingY = emotionY + EMOTION_H + ROW_GAP;
		double findingH = Math.max(FINDING_H, findingCards.stream().mapToDouble(cards -> stackHeight(cards, FINDING_H)).max().orElse(0));

		List<List<Kpi>> stepKpis = steps.stream().map(JourneyMapSvg::touchpointKpis).toList();
		List<List<Card>> stepKpiCards = stepKpis.stream().map(kpis -> kpis.stream().map(this::kpiCard).toList()).toList();
		boolean anyStepKpi = stepKpis.stream().anyMatch(kpis -> !kpis.isEmpty());
		double stepKpiY = findingY + findingH + ROW_GAP;
		double stepKpiH = anyStepKpi ? Math.max(KPI_H, stepKpiCards.stream().mapToDouble(cards -> stackHeight(cards, KPI_H)).max().orElse(0)) : 0;

		boolean anyStageKpi = stages.stream().anyMatch(stage -> !stage.getKpis().isEmpty());
		double stageKpiY = stepKpiY + (anyStepKpi ? stepKpiH + ROW_GAP : 0);
		List<double[]> stageKpiRows = new ArrayList<>();
		double stageKpiH = 0;
		for (int i = 0; i < stages.size(); i++) {
			double[] rows = gridRows(stages.get(i).getKpis().stream().map(this::kpiCard).toList(), columnsOf(i));
			stageKpiRows.add(rows);
			double total = 0;
			for (double row : rows) {
				total += row + CARD_GAP;
			}
			stageKpiH = Math.max(stageKpiH, total - CARD_GAP);
		}
		double bottom = anyStageKpi ? stageKpiY + Math.max(KPI_H, stageKpiH) : anyStepKpi ? stepKpiY + stepKpiH : findingY + findingH;
		double height = bottom + 16;

		for (int i = 0; i < stages.size(); i++) {
			svg.rect(stageX.get(i) - GAP / 2, stageY, stageW.get(i) + GAP, height - stageY - 6, "stage-col-" + i % 2);
		}
		if (!groups.isEmpty()) {
			rowLabel("Phase", TOP + 20);
		}
		rowLabel("Stage", stageY + 22);
		rowLabel("Customer step", stepY + 20);
		rowLabel("Touchpoints", touchY + 20);
		rowLabel("Emotion", emotionY + 20);
		rowLabel("Pain points", findingY + 20);
		svg.text(12, findingY + 36, LEFT - 24, 12, "row-label", "& successes");
		if (anyStepKpi) {
			rowLabel("Touchpoint KPIs", stepKpiY + 20);
		}
		if (anyStageKpi) {
			rowLabel("Stage KPIs", stageKpiY + 20);
		}

		for (int g = 0; g < groups.size(); g++) {
			drawGroup(groups.get(g), groupCards.get(g), TOP, groupH);
		}
		for (int i = 0; i < stages.size(); i++) {
			drawStage(stages.get(i), stageCards.get(i), stageX.get(i), stageY, stageW.get(i), stageH);
			drawStageKpis(stages.get(i), stageX.get(i), stageKpiY, columnsOf(i), stageKpiRows.get(i));
		}
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			double sx = stepX.get(i);
			drawStep(step, stepCards.get(i), sx, stepY, stepH);
			double y = touchY;
			for (int t = 0; t < step.getTouchpoints().size(); t++) {
				Card card = touchCards.get(i).get(t);
				drawTouchpoint(step.getTouchpoints().get(t), card, sx, y);
				y += card.height(CARD_H) + CARD_GAP;
			}
			y = findingY;
			List<Finding> findings = findings(step);
			for (int f = 0; f < findings.size(); f++) {
				Card card = findingCards.get(i).get(f);
				drawFinding(findings.get(f), card, sx, y);
				y += card.height(FINDING_H) + CARD_GAP;
			}
			y = stepKpiY;
			for (int k = 0; k < stepKpis.get(i).size(); k++) {
				Card card = stepKpiCards.get(i).get(k);
				drawKpi(stepKpis.get(i).get(k), card, sx, y, card.height(KPI_H));
				y += card.height(KPI_H) + CARD_GAP;
			}
		}
		drawEmotionCurve(emotionY, width);
		return svg.finish(width, height, "Journey map: " + DisplayText.label(journey));
	}

	/** The height of cards stacked in one column, each at least {@code minimum} tall. */
	private static double stackHeight(List<Card> cards, double minimum) {
		double height = 0;
		for (Card card : cards) {
			height += card.height(minimum) + CARD_GAP;
		}
		return cards.isEmpty() ? 0 : height - CARD_GAP;
	}

	/** The heights of the rows of a grid of cards, {@code perRow} to a row. */
	private static double[] gridRows(List<Card> cards, int perRow) {
		double[] rows = new double[(cards.size() + perRow - 1) / perRow];
		for (int i = 0; i < cards.size(); i++) {
			rows[i / perRow] = Math.max(rows[i / perRow], cards.get(i).height(KPI_H));
		}
		return rows;
	}

	private int columnsOf(int stageIndex) {
		return Math.max(1, journey.getStages().get(stageIndex).getSteps().size());
	}

	private void rowLabel(String text, double y) {
		svg.text(12, y, LEFT - 24, 12, "row-label", text);
	}

	/** The indexes of the stages a group spans, in map order. */
	private List<Integer> spannedIndexes(StageGroup group) {
		return group.getStages().stream().map(journey.getStages()::indexOf).filter(i -> i >= 0).sorted().toList();
	}

	private Card groupCard(StageGroup group) {
		List<Integer> spanned = spannedIndexes(group);
		double width = stageX.get(spanned.get(spanned.size() - 1)) + stageW.get(spanned.get(spanned.size() - 1)) - stageX.get(spanned.get(0));
		return new Card(width).text("bold", 12.5, DisplayText.label(group));
	}

	private void drawGroup(StageGroup group, Card card, double y, double height) {
		List<Integer> spanned = spannedIndexes(group);
		double x = stageX.get(spanned.get(0));
		double width = stageX.get(spanned.get(spanned.size() - 1)) + stageW.get(spanned.get(spanned.size() - 1)) - x;
		StringBuilder tooltip = new StringBuilder(DisplayText.label(group));
		append(tooltip, "Stages", group.getStages().stream().filter(stage -> !stage.eIsProxy()).map(DisplayText::label).collect(Collectors.joining(", ")));
		append(tooltip, "", group.getDescription());
		svg.group("stage-group", tooltip.toString());
		svg.box("stage-group", x, y, width, height, "group-band");
		card.draw(svg, x, y);
		svg.end();
	}

	private Card stageCard(Stage stage, double width) {
		List<String> facts = new ArrayList<>(Durations.ofStage(stage));
		facts.add(stage.getSteps().size() + (stage.getSteps().size() == 1 ? " step" : " steps"));
		String outcome = stage.isSetAttainment() ? "Outcome: " + stage.getAttainment().getLiteral() + (stage.getOutcome() == null ? "" : " \u2013 " + stage.getOutcome())
				: stage.getOutcome() == null ? null : "Outcome: " + stage.getOutcome();
		return new Card(width).text("bold", 15, DisplayText.label(stage))
				.text("", 11.5, stage.getCustomerGoal() == null ? null : "Goal: " + stage.getCustomerGoal())
				.text("", 11, stage.getQuestions().isEmpty() ? null : "Asks: " + String.join(" \u00b7 ", stage.getQuestions()))
				.text("muted", 11, String.join(" \u00b7 ", facts))
				.text("", 11, outcome);
	}

	private void drawStage(Stage stage, Card card, double x, double y, double width, double height) {
		svg.group("stage", stageTooltip(stage));
		svg.box("stage", x, y, width, height, "stage-band-" + journey.getStages().indexOf(stage) % 2);
		card.draw(svg, x, y);
		svg.end();
	}

	private static String stageTooltip(Stage stage) {
		StringBuilder text = new StringBuilder(DisplayText.label(stage));
		append(text, "Goal", stage.getCustomerGoal());
		if (!stage.getQuestions().isEmpty()) {
			append(text, "Asks", String.join(" / ", stage.getQuestions()));
		}
		append(text, "Outcome", stage.getOutcome());
		append(text, "", stage.getDescription());
		return text.toString();
	}

	static void append(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append('\n').append(label.isEmpty() ? "" : label + ": ").append(value);
		}
	}

	private Card stepCard(Step step) {
		List<String> facts = new ArrayList<>();
		String role = CustomerRoles.of(step);
		if (role != null) {
			facts.add("as " + role);
		}
		if (step.getReached() != null) {
			facts.add("reached " + DisplayText.number(step.getReached()));
		}
		String when = Timings.when(step);
		return new Card(COL).text(0, step.isKeyMoment() ? KEY_W : 0, step.isKeyMoment() ? CHIP_H : 0, "bold", 12.5, DisplayText.label(step))
				.text("muted", 11, String.join(" \u00b7 ", facts))
				.text("muted", 11, when.isEmpty() ? null : "When: " + when)
				.text("", 11, step.getQuestions().isEmpty() ? null : "Asks: " + String.join(" \u00b7 ", step.getQuestions()))
				.text("", 11, step.getDoes() == null ? null : "Does: " + step.getDoes())
				.text("", 11, step.getThinks() == null ? null : "Thinks: " + step.getThinks())
				.text("", 11, step.getFeeling() == null ? null : "Feels: " + step.getFeeling());
	}

	private void drawStep(Step step, Card card, double x, double y, double height) {
		svg.group("step", stepTooltip(step));
		svg.box("step", x, y, COL, height, step.isKeyMoment() ? "step-card key" : "step-card");
		card.draw(svg, x, y);
		if (step.isKeyMoment()) {
			keyChip(x + COL - 54, y + 6);
		}
		svg.end();
	}

	private void keyChip(double x, double y) {
		svg.rect(x, y, 48, CHIP_H, "key-chip");
		svg.text(x + 5, y + 12, 42, 10, "white", "\u2605 KEY");
	}

	private static String stepTooltip(Step step) {
		StringBuilder text = new StringBuilder(DisplayText.label(step));
		if (step.isKeyMoment()) {
			text.append("\nKey moment");
		}
		append(text, "As", CustomerRoles.of(step));
		append(text, "When", Timings.when(step));
		if (!step.getQuestions().isEmpty()) {
			append(text, "Asks", String.join(" / ", step.getQuestions()));
		}
		append(text, "Does", step.getDoes());
		append(text, "Thinks", step.getThinks());
		append(text, "Feels", step.getFeeling());
		append(text, "", step.getDescription());
		return text.toString();
	}

	private Card touchpointCard(Touchpoint touchpoint) {
		List<Party> owners = new ArrayList<>(Ownership.ownersOf(touchpoint));
		String channel = touchpoint.getChannel() == null ? "no channel" : DisplayText.label(touchpoint.getChannel());
		String when = Timings.when(touchpoint);
		String with = touchpoint.getDealsWith().stream().filter(party -> !party.eIsProxy()).map(BuyingGroups::describe).collect(Collectors.joining("; "));
		String owner = owners.isEmpty() ? "\u26a0 no owner" : "Owner: " + owners.stream().map(DisplayText::label).collect(Collectors.joining(", "));
		return new Card(COL).text(ICON_W, touchpoint.isKeyMoment() ? KEY_W : 0, CHIP_H, "bold", 12, DisplayText.label(touchpoint))
				.text("muted", 10.5, channel + (when.isEmpty() ? "" : " \u00b7 " + when))
				.text("", 10.5, with.isEmpty() ? null : "With: " + with)
				.text(owners.isEmpty() ? "warn-text" : "", 10.5, owner);
	}

	private void drawTouchpoint(Touchpoint touchpoint, Card card, double x, double y) {
		List<Party> owners = new ArrayList<>(Ownership.ownersOf(touchpoint));
		svg.group("touchpoint", touchpointTooltip(touchpoint, owners));
		svg.box("touchpoint", x, y, COL, card.height(CARD_H), touchpoint.isKeyMoment() ? "card key" : "card");
		ChannelIcons.draw(svg, x + 8, y + 9, touchpoint.getChannel());
		card.draw(svg, x, y);
		if (touchpoint.isKeyMoment()) {
			keyChip(x + COL - 54, y + 6);
		}
		svg.end();
	}

	private static String touchpointTooltip(Touchpoint touchpoint, List<Party> owners) {
		StringBuilder text = new StringBuilder(DisplayText.label(touchpoint));
		if (touchpoint.getChannel() != null) {
			append(text, "Channel", DisplayText.label(touchpoint.getChannel()));
			append(text, "", touchpoint.getChannel().getDescription());
		}
		if (touchpoint.isKeyMoment()) {
			text.append("\nKey moment");
		}
		append(text, "When", Timings.when(touchpoint));
		append(text, "Does", touchpoint.getDoes());
		append(text, "Thinks", touchpoint.getThinks());
		append(text, "Feels", touchpoint.getFeeling());
		append(text, "Desired outcome", touchpoint.getDesiredOutcome());
		if (!touchpoint.getEvidence().isEmpty()) {
			append(text, "Evidence", String.join(", ", touchpoint.getEvidence()));
		}
		append(text, "With", touchpoint.getDealsWith().stream().filter(party -> !party.eIsProxy()).map(BuyingGroups::describe).collect(Collectors.joining("; ")));
		append(text, "Owners", owners.stream().map(DisplayText::label).collect(Collectors.joining(", ")));
		append(text, "", touchpoint.getDescription());
		return text.toString();
	}

	/** The pain points and successes of a step and of its touchpoints, pain points first. */
	static List<Finding> findings(Step step) {
		List<Finding> pains = new ArrayList<>();
		List<Finding> successes = new ArrayList<>();
		List<Moment> moments = new ArrayList<>();
		moments.add(step);
		moments.addAll(step.getTouchpoints());
		for (Moment moment : moments) {
			pains.addAll(moment.getPainPoints());
			successes.addAll(moment.getSuccesses());
		}
		pains.addAll(successes);
		return pains;
	}

	private Card findingCard(Finding finding) {
		return new Card(COL).reserve(CHIP_H).text("", 11, DisplayText.label(finding));
	}

	private void drawFinding(Finding finding, Card card, double x, double y) {
		boolean pain = finding instanceof PainPoint;
		StringBuilder tooltip = new StringBuilder(DisplayText.label(finding));
		String chip;
		String chipClass;
		if (finding instanceof PainPoint painPoint) {
			String severity = painPoint.isSetSeverity() ? painPoint.getSeverity().getLiteral() : "unrated";
			chip = "PAIN \u00b7 " + severity.toUpperCase(java.util.Locale.ROOT);
			chipClass = "chip-" + (painPoint.isSetSeverity() ? severity : "low");
			append(tooltip, "Severity", severity);
			if (painPoint.isSetFrequency()) {
				append(tooltip, "Frequency", painPoint.getFrequency().getLiteral());
			}
			if (painPoint.getReach() != null) {
				append(tooltip, "Reach", DisplayText.number(painPoint.getReach()) + "%");
			}
		} else {
			chip = "\u2714 SUCCESS";
			chipClass = "chip-success";
		}
		if (finding.eContainer() instanceof Touchpoint touchpoint) {
			append(tooltip, "At", DisplayText.label(touchpoint));
		}
		append(tooltip, "", finding.getDescription());
		svg.group(pain ? "pain" : "success", tooltip.toString());
		svg.box("finding", x, y, COL, card.height(FINDING_H), pain ? "pain-card" : "success-card");
		double chipWidth = Math.min(COL - 16, TextMeasure.width(chip, 10) * 1.12 + 12);
		svg.rect(x + 8, y + card.reserved(), chipWidth, CHIP_H, chipClass);
		svg.text(x + 14, y + card.reserved() + 12, chipWidth - 8, 10, "white", chip);
		card.draw(svg, x, y);
		svg.end();
	}

	/** The KPIs of a step's touchpoints, drawn under the step they measure. */
	static List<Kpi> touchpointKpis(Step step) {
		List<Kpi> kpis = new ArrayList<>();
		step.getTouchpoints().forEach(touchpoint -> kpis.addAll(touchpoint.getKpis()));
		return kpis;
	}

	/** The stage's own KPIs, then those of its touchpoints. */
	static List<Kpi> kpis(Stage stage) {
		List<Kpi> kpis = new ArrayList<>(stage.getKpis());
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
			kpis.addAll(touchpoint.getKpis());
		}
		return kpis;
	}

	private Card kpiCard(Kpi kpi) {
		return new Card(COL).text("bold", 11.5, DisplayText.label(kpi)).text("", 10.5, DisplayText.kpiActualAndTarget(kpi)).reserve(CHIP_H)
				.text("muted", 10, kpi.eContainer() instanceof Touchpoint touchpoint ? "at " + DisplayText.label(touchpoint) : null);
	}

	private void drawStageKpis(Stage stage, double x0, double y0, int perRow, double[] rows) {
		List<Kpi> kpis = stage.getKpis();
		double y = y0;
		for (int i = 0; i < kpis.size(); i++) {
			if (i > 0 && i % perRow == 0) {
				y += rows[i / perRow - 1] + CARD_GAP;
			}
			drawKpi(kpis.get(i), kpiCard(kpis.get(i)), x0 + (i % perRow) * (COL + GAP), y, rows[i / perRow]);
		}
	}

	private void drawKpi(Kpi kpi, Card card, double x, double y, double height) {
		KpiKinds.Status status = KpiKinds.status(kpi);
		StringBuilder tooltip = new StringBuilder(DisplayText.label(kpi));
		append(tooltip, "Kind", KpiKinds.of(kpi.getKind()).label());
		append(tooltip, "Actual", DisplayText.kpiValueForPage(kpi, kpi.getActual()));
		append(tooltip, "Target", DisplayText.kpiValueForPage(kpi, kpi.getTarget()));
		append(tooltip, "Status", DisplayText.statusWithSymbol(status));
		if (kpi.eContainer() instanceof Touchpoint touchpoint) {
			append(tooltip, "At", DisplayText.label(touchpoint));
		}
		if (kpi.getOwner() != null) {
			append(tooltip, "Reviewed by", DisplayText.label(kpi.getOwner()));
		}
		append(tooltip, "", kpi.getDescription());
		svg.group("kpi", tooltip.toString());
		svg.box("kpi", x, y, COL, height, "kpi-card");
		card.draw(svg, x, y);
		String chip = DisplayText.statusWithSymbol(status).toUpperCase(java.util.Locale.ROOT);
		double chipWidth = TextMeasure.width(chip, 10) * 1.12 + 12;
		double chipTop = y + card.reserved();
		svg.rect(x + 8, chipTop, chipWidth, CHIP_H, "chip-" + DisplayText.statusCssClass(status));
		svg.text(x + 14, chipTop + 12, chipWidth - 8, 10, "white", chip);
		svg.end();
	}


	private void drawEmotionCurve(double y0, double width) {
		EmotionCurve curve = EmotionCurve.of(journey);
		EmotionScales.Scale scale = curve.scale();
		double top = y0 + 18;
		double bottom = y0 + EMOTION_H - 18;
		java.util.function.DoubleUnaryOperator yOf = position -> top + (1 - position) * (bottom - top);
		boolean labelAll = scale.levelCount() <= 7;
		for (int level : scale.levels()) {
			double y = yOf.applyAsDouble(EmotionCurve.position(scale, level));
			svg.line(LEFT - 4, y, width - 8, y, level == 0 ? "zero" : "grid");
			if (labelAll || level == scale.min() || level == scale.max() || level == 0) {
				String label = DisplayText.signed(level) + (scale.labels().containsKey(level) ? " " + scale.labels().get(level) : "");
				svg.trusted("<g text-anchor=\"end\">");
				svg.text(LEFT - 10, y + 4, 88, 10, "muted", label);
				svg.trusted("</g>\n");
			}
		}
		StringBuilder path = new StringBuilder();
		boolean open = false;
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			EmotionCurve.Point point = curve.points().get(i);
			if (point.emotion() == null) {
				open = false;
				continue;
			}
			double x = stepX.get(i) + COL / 2;
			double y = yOf.applyAsDouble(point.position());
			path.append(open ? " L" : (path.isEmpty() ? "M" : " M")).append(Svg.num(x)).append(' ').append(Svg.num(y));
			open = true;
			points.add(new double[] { i, x, y, point.emotion() });
		}
		if (!path.isEmpty()) {
			svg.path(path.toString(), "curve");
		}
		for (double[] point : points) {
			Step step = steps.get((int) point[0]);
			double value = point[3];
			String tooltip = DisplayText.label(step) + ": " + DisplayText.signed(value) + " (" + scale.label((int) Math.round(value)) + ")"
					+ (step.getFeeling() != null ? "\n" + step.getFeeling() : "");
			svg.group("emotion-point", tooltip);
			svg.circle(point[1], point[2], 6, switch (scale.band(value)) {
			case POSITIVE -> "pt-pos";
			case NEGATIVE -> "pt-neg";
			case NEUTRAL -> "pt-neutral";
			});
			double labelY = point[2] < top + 14 ? point[2] + 20 : point[2] - 10;
			svg.text(point[1] + 9, labelY, COL / 2 - 12, 11, "bold", DisplayText.signed(value));
			svg.end();
		}
	}
}
