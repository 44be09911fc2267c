package journey.report.render;

import java.util.List;

import journey.dsl.analytics.EmotionCurve;
import journey.dsl.compare.JourneyComparison;
import journey.dsl.model.Step;
import journey.dsl.query.EmotionScales;
import journey.report.DisplayText;
import journey.report.OutputText;
import journey.report.compare.ComparisonReport;
import journey.report.compare.ComparisonTables;

/**
 * The comparison of two versions of a journey as HTML: a summary, both emotion curves over the new
 * version's steps, and the tables of {@link ComparisonTables}. A journey's page shows it against
 * the baseline; `journey diff --format html` shows one per pair of journeys.
 */
final class ComparisonSection {

	private static final double PLOT_HEIGHT = 160;
	private static final double STEP_WIDTH = 70;
	private static final double LEFT = 56;
	private static final double TOP = 12;
	private static final double LABELS = 96;

	private ComparisonSection() {
	}

	/** The section's inner HTML: summary, curves and tables. */
	static String body(JourneyComparison comparison) {
		StringBuilder html = new StringBuilder();
		List<ComparisonTables.Table> tables = ComparisonTables.of(comparison);
		html.append("<p class=\"hint\">").append(h(DisplayText.label(comparison.before()))).append(" (")
				.append(h(DisplayText.qualifiedName(comparison.before()))).append(") \u2192 ").append(h(DisplayText.label(comparison.after())))
				.append(" (").append(h(DisplayText.qualifiedName(comparison.after()))).append("): ").append(h(ComparisonTables.summary(comparison)))
				.append(".</p>\n");
		html.append("<h3>Emotion curve before and after</h3>\n").append(curves(comparison)).append('\n');
		for (ComparisonTables.Table table : tables) {
			html.append("<h3>").append(h(table.title())).append("</h3>\n<div class=\"table-scroll\"><table class=\"comparison ").append(h(table.id()))
					.append("\"><tr>");
			for (ComparisonTables.Column column : table.columns()) {
				html.append("<th>").append(h(column.header())).append("</th>");
			}
			html.append("</tr>\n");
			for (List<Object> row : table.rows()) {
				html.append("<tr>");
				for (int i = 0; i < row.size(); i++) {
					ComparisonTables.Column column = table.columns().get(i);
					String cell = ComparisonReport.plain(row.get(i), column);
					html.append(column.numeric() ? "<td class=\"num\">" : "<td>").append(cell == null ? "\u2013" : h(cell)).append("</td>");
				}
				html.append("</tr>\n");
			}
			html.append("</table></div>\n");
		}
		return html.toString();
	}

	/**
	 * Both curves over the new version's steps, with the scale on the left and the step names below;
	 * a step of the old version is drawn at the place of its new version, and a removed one not at all.
	 */
	static String curves(JourneyComparison comparison) {
		EmotionCurve after = comparison.curveAfter();
		EmotionCurve before = comparison.curveBefore();
		EmotionScales.Scale scale = after.scale();
		List<EmotionCurve.Point> points = after.points();
		int n = Math.max(points.size(), 1);
		double width = LEFT + n * STEP_WIDTH + 16;
		double height = TOP + PLOT_HEIGHT + LABELS;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-svg\" width=\"").append(Svg.num(width)).append("\" height=\"")
				.append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(width)).append(' ').append(Svg.num(height))
				.append("\" role=\"img\"><title>Emotion curve before (dashed grey) and after (solid)</title>");
		java.util.Set<Integer> levels = new java.util.TreeSet<>(List.of(scale.min(), scale.max()));
		if (scale.contains(0)) {
			levels.add(0);
		}
		for (int level : levels) {
			double y = y(EmotionCurve.position(scale, level));
			svg.append("<line x1=\"").append(Svg.num(LEFT)).append("\" x2=\"").append(Svg.num(width - 8)).append("\" y1=\"").append(Svg.num(y))
					.append("\" y2=\"").append(Svg.num(y)).append("\" stroke=\"#cbd5e1\"").append(level == 0 ? " stroke-dasharray=\"3 3\"" : "").append("/>");
			svg.append("<text class=\"muted\" x=\"").append(Svg.num(LEFT - 8)).append("\" y=\"").append(Svg.num(y + 4))
					.append("\" font-size=\"11\" text-anchor=\"end\">").append(h(DisplayText.signed(level))).append("</text>");
		}
		java.util.Map<Step, Double> beforeByStep = new java.util.HashMap<>();
		before.points().forEach(point -> beforeByStep.put(point.step(), point.position()));
		StringBuilder oldPath = new StringBuilder();
		StringBuilder newPath = new StringBuilder();
		boolean oldOpen = false;
		boolean newOpen = false;
		for (int i = 0; i < points.size(); i++) {
			EmotionCurve.Point point = points.get(i);
			double x = LEFT + (i + 0.5) * STEP_WIDTH;
			Step old = comparison.stepBefore(point.step());
			Double oldPosition = old == null ? null : beforeByStep.get(old);
			if (oldPosition != null) {
				oldPath.append(oldOpen ? " L" : " M").append(Svg.num(x)).append(' ').append(Svg.num(y(oldPosition)));
				svg.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y(oldPosition))).append("\" r=\"3\" fill=\"#94a3b8\"/>");
			}
			oldOpen = oldPosition != null;
			if (point.position() != null) {
				newPath.append(newOpen ? " L" : " M").append(Svg.num(x)).append(' ').append(Svg.num(y(point.position())));
			}
			newOpen = point.position() != null;
			double labelY = TOP + PLOT_HEIGHT + 12;
			svg.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(labelY)).append("\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 ")
					.append(Svg.num(x)).append(' ').append(Svg.num(labelY)).append(")\">").append(h(OutputText.clamp(point.step().getName(), 18)))
					.append(old == null ? " (new)" : "").append("</text>");
		}
		if (!oldPath.isEmpty()) {
			svg.append("<path d=\"").append(oldPath.toString().strip()).append("\" fill=\"none\" stroke=\"#94a3b8\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
		}
		if (!newPath.isEmpty()) {
			svg.append("<path d=\"").append(newPath.toString().strip()).append("\" fill=\"none\" stroke=\"#4f46e5\" stroke-width=\"2.2\"/>");
		}
		for (int i = 0; i < points.size(); i++) {
			if (points.get(i).position() != null) {
				svg.append("<circle cx=\"").append(Svg.num(LEFT + (i + 0.5) * STEP_WIDTH)).append("\" cy=\"").append(Svg.num(y(points.get(i).position())))
						.append("\" r=\"3.5\" fill=\"#4f46e5\"/>");
			}
		}
		svg.append("</svg>");
		return "<div class=\"scroll\">" + svg + "</div>\n<p class=\"hint\">Solid: " + h(DisplayText.label(comparison.after()))
				+ ". Dashed grey: " + h(DisplayText.label(comparison.before())) + ", at the place of each step in the new version.</p>";
	}

	private static double y(double position) {
		return TOP + (1 - position) * PLOT_HEIGHT;
	}

	private static String h(String text) {
		return OutputText.html(text);
	}
}
