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
import journey.dsl.model.Step;
import journey.dsl.model.Success;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.Durations;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;
import journey.dsl.query.KpiKinds;

/**
 * Draws the journey map: one column per step under its stage, with rows for the stage, the step,
 * its touchpoints, the emotion curve, pain points and successes, and the stage's KPIs. A plain grid:
 * every column has the same width and every row is as tall as its tallest cell, so nothing overlaps.
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

		double stepY = TOP + STAGE_H + ROW_GAP;
		double touchY = stepY + STEP_H + ROW_GAP;
		int maxTouch = steps.stream().mapToInt(s -> s.getTouchpoints().size()).max().orElse(0);
		double touchH = Math.max(1, maxTouch) * (CARD_H + CARD_GAP) - CARD_GAP;
		double emotionY = touchY + touchH + ROW_GAP;
		double findingY = emotionY + EMOTION_H + ROW_GAP;
		int maxFindings = steps.stream().mapToInt(s -> findings(s).size()).max().orElse(0);
		double findingH = Math.max(1, maxFindings) * (FINDING_H + CARD_GAP) - CARD_GAP;
		double kpiY = findingY + findingH + ROW_GAP;
		double kpiH = KPI_H;
		for (int i = 0; i < journey.getStages().size(); i++) {
			int perRow = columnsOf(i);
			int rows = (kpis(journey.getStages().get(i)).size() + perRow - 1) / perRow;
			kpiH = Math.max(kpiH, rows * (KPI_H + CARD_GAP) - CARD_GAP);
		}
		double height = kpiY + kpiH + 16;

		for (int i = 0; i < journey.getStages().size(); i++) {
			svg.rect(stageX.get(i) - GAP / 2, TOP, stageW.get(i) + GAP, height - TOP - 6, "stage-col-" + i % 2);
		}
		rowLabel("Stage", TOP + 22);
		rowLabel("Customer step", stepY + 20);
		rowLabel("Touchpoints", touchY + 20);
		rowLabel("Emotion", emotionY + 20);
		rowLabel("Pain points", findingY + 20);
		svg.text(12, findingY + 36, LEFT - 24, 12, "row-label", "& successes");
		rowLabel("KPIs", kpiY + 20);

		for (int i = 0; i < journey.getStages().size(); i++) {
			drawStage(journey.getStages().get(i), stageX.get(i), stageW.get(i));
			drawKpis(journey.getStages().get(i), stageX.get(i), kpiY, columnsOf(i));
		}
		for (int i = 0; i < steps.size(); i++) {
			drawStep(steps.get(i), stepX.get(i), stepY);
			double y = touchY;
			for (Touchpoint touchpoint : steps.get(i).getTouchpoints()) {
				drawTouchpoint(touchpoint, stepX.get(i), y);
				y += CARD_H + CARD_GAP;
			}
			y = findingY;
			for (Finding finding : findings(steps.get(i))) {
				drawFinding(finding, stepX.get(i), y);
				y += FINDING_H + CARD_GAP;
			}
		}
		drawEmotionCurve(emotionY, width);
		return svg.finish(width, height, "Journey map: " + DisplayText.label(journey));
	}

	private int columnsOf(int stageIndex) {
		return Math.max(1, journey.getStages().get(stageIndex).getSteps().size());
	}

	private void rowLabel(String text, double y) {
		svg.text(12, y, LEFT - 24, 12, "row-label", text);
	}

	private void drawStage(Stage stage, double x, double width) {
		svg.group("stage", stageTooltip(stage));
		svg.box("stage", x, TOP, width, STAGE_H, "stage-band-" + journey.getStages().indexOf(stage) % 2);
		svg.text(x + 10, TOP + 21, width - 20, 15, "bold", DisplayText.label(stage));
		if (stage.getCustomerGoal() != null) {
			svg.text(x + 10, TOP + 40, width - 20, 11.5, "", "Goal: " + stage.getCustomerGoal());
		}
		List<String> facts = new ArrayList<>();
		if (stage.getTypicalDuration() != null) {
			facts.add("takes " + Durations.text(stage.getTypicalDuration()));
		}
		if (stage.getTargetDuration() != null) {
			facts.add("target " + Durations.text(stage.getTargetDuration()));
		}
		if (stage.getActualDuration() != null) {
			facts.add("actual " + Durations.text(stage.getActualDuration()));
		}
		if (stage.isSetAttainment()) {
			facts.add("outcome: " + stage.getAttainment().getLiteral());
		}
		facts.add(stage.getSteps().size() + (stage.getSteps().size() == 1 ? " step" : " steps"));
		svg.text(x + 10, TOP + 58, width - 20, 11, "muted", String.join(" \u00b7 ", facts));
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

	private void drawStep(Step step, double x, double y) {
		svg.group("step", stepTooltip(step));
		svg.box("step", x, y, COL, STEP_H, step.isKeyMoment() ? "step-card key" : "step-card");
		double titleWidth = COL - 16 - (step.isKeyMoment() ? 52 : 0);
		svg.textBlock(x + 8, y + 18, titleWidth, 12.5, 2, "bold", DisplayText.label(step));
		if (step.isKeyMoment()) {
			keyChip(x + COL - 54, y + 6);
		}
		List<String> facts = new ArrayList<>();
		if (step.isSetRole()) {
			facts.add("as " + step.getRole().getLiteral());
		}
		if (step.getReached() != null) {
			facts.add("reached " + DisplayText.number(step.getReached()));
		}
		svg.text(x + 8, y + 56, COL - 16, 11, "muted", String.join(" \u00b7 ", facts));
		String feeling = step.getFeeling() != null ? step.getFeeling() : step.getDoes();
		if (feeling != null) {
			svg.text(x + 8, y + 73, COL - 16, 11, "", (step.getFeeling() != null ? "Feels: " : "Does: ") + feeling);
		}
		svg.end();
	}

	private void keyChip(double x, double y) {
		svg.rect(x, y, 48, 16, "key-chip");
		svg.text(x + 5, y + 12, 42, 10, "white", "\u2605 KEY");
	}

	private static String stepTooltip(Step step) {
		StringBuilder text = new StringBuilder(DisplayText.label(step));
		if (step.isKeyMoment()) {
			text.append("\nKey moment");
		}
		append(text, "Does", step.getDoes());
		append(text, "Thinks", step.getThinks());
		append(text, "Feels", step.getFeeling());
		append(text, "", step.getDescription());
		return text.toString();
	}

	private void drawTouchpoint(Touchpoint touchpoint, double x, double y) {
		List<Party> owners = new ArrayList<>(Ownership.ownersOf(touchpoint));
		svg.group("touchpoint", touchpointTooltip(touchpoint, owners));
		svg.box("touchpoint", x, y, COL, CARD_H, touchpoint.isKeyMoment() ? "card key" : "card");
		ChannelIcons.draw(svg, x + 8, y + 7, touchpoint.getChannel());
		svg.text(x + 30, y + 19, COL - 38, 12, "bold", DisplayText.label(touchpoint));
		String channel = touchpoint.getChannel() == null ? "no channel" : DisplayText.label(touchpoint.getChannel());
		if (touchpoint.getTime() != null) {
			channel += " \u00b7 " + touchpoint.getTime();
		}
		svg.text(x + 30, y + 35, COL - 38, 10.5, "muted", channel);
		String owner = owners.isEmpty() ? "\u26a0 no owner" : "Owner: " + owners.stream().map(DisplayText::label).collect(Collectors.joining(", "));
		double ownerWidth = COL - 16 - (touchpoint.isKeyMoment() ? 54 : 0);
		svg.text(x + 8, y + 52, ownerWidth, 10.5, owners.isEmpty() ? "warn-text" : "", owner);
		if (touchpoint.isKeyMoment()) {
			keyChip(x + COL - 54, y + 40);
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
		append(text, "When", touchpoint.getTime());
		append(text, "Does", touchpoint.getDoes());
		append(text, "Thinks", touchpoint.getThinks());
		append(text, "Feels", touchpoint.getFeeling());
		append(text, "Desired outcome", touchpoint.getDesiredOutcome());
		if (!touchpoint.getEvidence().isEmpty()) {
			append(text, "Evidence", String.join(", ", touchpoint.getEvidence()));
		}
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

	private void drawFinding(Finding finding, double x, double y) {
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
		svg.box("finding", x, y, COL, FINDING_H, pain ? "pain-card" : "success-card");
		double chipWidth = Math.min(COL - 16, TextMeasure.width(chip, 10) * 1.12 + 12);
		svg.rect(x + 8, y + 6, chipWidth, 16, chipClass);
		svg.text(x + 14, y + 18, chipWidth - 8, 10, "white", chip);
		svg.textBlock(x + 8, y + 36, COL - 16, 11, 2, "", DisplayText.label(finding));
		svg.end();
	}

	/** The stage's own KPIs, then those of its touchpoints. */
	static List<Kpi> kpis(Stage stage) {
		List<Kpi> kpis = new ArrayList<>(stage.getKpis());
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
			kpis.addAll(touchpoint.getKpis());
		}
		return kpis;
	}

	private void drawKpis(Stage stage, double x0, double y0, int perRow) {
		List<Kpi> kpis = kpis(stage);
		for (int i = 0; i < kpis.size(); i++) {
			Kpi kpi = kpis.get(i);
			double x = x0 + (i % perRow) * (COL + GAP);
			double y = y0 + (i / perRow) * (KPI_H + CARD_GAP);
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
			svg.box("kpi", x, y, COL, KPI_H, "kpi-card");
			svg.text(x + 8, y + 17, COL - 16, 11.5, "bold", DisplayText.label(kpi));
			String values = DisplayText.kpiActualAndTarget(kpi);
			svg.text(x + 8, y + 34, COL - 16, 10.5, "", values);
			String chip = DisplayText.statusWithSymbol(status).toUpperCase(java.util.Locale.ROOT);
			double chipWidth = TextMeasure.width(chip, 10) * 1.12 + 12;
			svg.rect(x + 8, y + 41, chipWidth, 16, "chip-" + DisplayText.statusCssClass(status));
			svg.text(x + 14, y + 53, chipWidth - 8, 10, "white", chip);
			if (kpi.eContainer() instanceof Touchpoint touchpoint) {
				svg.text(x + 16 + chipWidth, y + 53, COL - 24 - chipWidth, 10, "muted", "at " + DisplayText.label(touchpoint));
			}
			svg.end();
		}
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
