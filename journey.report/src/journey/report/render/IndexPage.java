package journey.report.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import journey.report.OutputText;
import journey.report.DisplayText;
import journey.dsl.analytics.EmotionCurve;
import journey.dsl.compare.Conformance;
import journey.dsl.compare.JourneyComparison;
import journey.report.compare.ComparisonTables;
import journey.dsl.model.Journey;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;

/** Writes index.html: one card per journey with its persona, state, size and a small emotion sparkline. */
final class IndexPage {

	/** A journey, its emotion curve and the page it was rendered to. */
	record Entry(Journey journey, EmotionCurve curve, String file) {
	}

	private IndexPage() {
	}

	/**
	 * The journeys in the order they were given, except that a journey comes right after its
	 * baseline or its plan when both are rendered: the current state first, then what customers
	 * actually lived and what it is to become.
	 */
	static List<Entry> inReadingOrder(List<Entry> entries) {
		Set<Journey> rendered = Collections.newSetFromMap(new IdentityHashMap<>());
		entries.forEach(entry -> rendered.add(entry.journey()));
		Map<Journey, List<Entry>> successors = new IdentityHashMap<>();
		List<Entry> first = new ArrayList<>();
		for (Entry entry : entries) {
			Journey baseline = entry.journey().getBaseline() != null ? entry.journey().getBaseline() : entry.journey().getPlannedAs();
			if (baseline != null && baseline != entry.journey() && rendered.contains(baseline)) {
				successors.computeIfAbsent(baseline, k -> new ArrayList<>()).add(entry);
			} else {
				first.add(entry);
			}
		}
		List<Entry> ordered = new ArrayList<>();
		Set<Entry> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Entry entry : first) {
			place(entry, successors, ordered, placed);
		}
		for (Entry entry : entries) {
			place(entry, successors, ordered, placed); // journeys whose baselines form a cycle
		}
		return ordered;
	}

	/** Places the entry and, depth first, the journeys based on it; without recursion, as a chain of baselines may be long. */
	private static void place(Entry start, Map<Journey, List<Entry>> successors, List<Entry> ordered, Set<Entry> placed) {
		Deque<Entry> todo = new ArrayDeque<>(List.of(start));
		while (!todo.isEmpty()) {
			Entry entry = todo.pop();
			if (placed.add(entry)) {
				ordered.add(entry);
				List<Entry> next = successors.getOrDefault(entry.journey(), List.of());
				for (int i = next.size() - 1; i >= 0; i--) {
					todo.push(next.get(i));
				}
			}
		}
	}

	static String render(List<Entry> entries) {
		entries = inReadingOrder(entries);
		StringBuilder html = new StringBuilder();
		html.append(Styles.documentStart("Customer journeys"))
				.append("<header class=\"page\"><h1>Customer journeys</h1><div class=\"meta\">").append(entries.size())
				.append(entries.size() == 1 ? " journey" : " journeys").append("</div></header>\n<main>\n<div class=\"cards\">\n");
		for (Entry entry : entries) {
			Journey journey = entry.journey();
			html.append("<a class=\"card-link\" href=\"").append(OutputText.html(entry.file())).append("\"><h2>")
					.append(OutputText.html(OutputText.clamp(DisplayText.label(journey), OutputText.HEADER_LENGTH))).append("</h2>\n<div class=\"meta\">")
					.append(OutputText.html(DisplayText.qualifiedName(journey))).append("</div>\n<div class=\"meta\">");
			html.append("Persona: ").append(journey.getPersona() == null ? "\u2013" : OutputText.html(DisplayText.label(journey.getPersona())));
			html.append(" \u00b7 State: ").append(journey.isSetState() ? OutputText.html(journey.getState().getLiteral()) : "\u2013");
			int stages = journey.getStages().size();
			int steps = JourneyQueries.steps(journey).size();
			html.append(" \u00b7 ").append(stages).append(stages == 1 ? " stage" : " stages").append(" \u00b7 ").append(steps)
					.append(steps == 1 ? " step" : " steps").append("</div>\n");
			Journey baseline = journey.getBaseline();
			if (baseline != null && !baseline.eIsProxy() && baseline != journey) {
				// the pair of current and future state: the future's card says what changes
				html.append("<div class=\"meta\">Against ").append(OutputText.html(DisplayText.label(baseline))).append(": ")
						.append(OutputText.html(ComparisonTables.summary(JourneyComparison.of(baseline, journey)))).append("</div>\n");
			}
			Conformance conformance = Conformance.of(journey);
			if (conformance != null) {
				html.append("<div class=\"meta\">Against the plan ").append(OutputText.html(DisplayText.label(conformance.planned()))).append(": ")
						.append(DisplayText.ratioAsPercent(conformance.figure())).append(" as planned, ").append(conformance.deviations().size())
						.append(conformance.deviations().size() == 1 ? " deviation" : " deviations").append("</div>\n");
			}
			html.append(sparkline(entry.curve())).append("</a>\n");
		}
		html.append("</div>\n</main>\n<footer>Rendered by <code>journey render</code>.</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	/** The emotion curve in 240 by 40 pixels, with the scale's zero line. */
	static String sparkline(EmotionCurve emotionCurve) {
		EmotionScales.Scale scale = emotionCurve.scale();
		List<EmotionCurve.Point> curve = emotionCurve.points();
		double w = 240;
		double h = 40;
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-svg\" width=\"240\" height=\"40\" viewBox=\"0 0 240 40\" role=\"img\">")
				.append("<title>Emotion curve</title>");
		if (scale.contains(0)) {
			double zero = 4 + (1 - EmotionCurve.position(scale, 0)) * (h - 8);
			svg.append("<line x1=\"0\" x2=\"240\" y1=\"").append(Svg.num(zero)).append("\" y2=\"").append(Svg.num(zero))
					.append("\" stroke=\"#94a3b8\" stroke-dasharray=\"3 3\"/>");
		}
		StringBuilder d = new StringBuilder();
		int n = curve.size();
		boolean open = false;
		for (int i = 0; i < n; i++) {
			Double position = curve.get(i).position();
			if (position == null) {
				open = false;
				continue;
			}
			double x = n == 1 ? w / 2 : 4 + i * (w - 8) / (n - 1);
			double y = 4 + (1 - position) * (h - 8);
			d.append(open ? " L" : " M").append(Svg.num(x)).append(' ').append(Svg.num(y));
			open = true;
		}
		if (!d.isEmpty()) {
			svg.append("<path d=\"").append(d.toString().strip()).append("\" fill=\"none\" stroke=\"#4f46e5\" stroke-width=\"1.8\"/>");
		}
		return svg.append("</svg>").toString();
	}
}
