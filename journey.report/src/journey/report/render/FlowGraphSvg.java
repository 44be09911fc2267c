package journey.report.render;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import journey.report.DisplayText;
import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.Step;
import journey.dsl.query.JourneyFlows;
import journey.dsl.query.JourneyQueries;

/**
 * Draws where customers go from each step: next steps, alternatives and loops with their shares,
 * and how many drop out. A real graph with branches and cycles: ELK's layered algorithm lays it out,
 * up to {@link #MOST_STEPS_LAYERED} steps; a longer journey is drawn by its known structure
 * ({@link FlowRowLayout}), since ELK then takes seconds.
 */
public final class FlowGraphSvg {

	static final double NODE_W = 168;
	static final double NODE_H = 54;
	static final double LABEL_SIZE = 10.5;
	/** Beyond this many steps, ELK's layered layout takes longer than a page should (seconds for a cyclic flow of 150 steps). */
	static final int MOST_STEPS_LAYERED = 100;

	private FlowGraphSvg() {
	}

	/** The style of a flow's arrow: plain for next, dashed for loops and repeat purchases, dotted for alternatives, green for referrals. */
	private static String edgeClass(Flow flow) {
		if (flow == null) {
			return "";
		}
		return switch (flow.getKind()) {
			case NEXT, DROPOUT -> "";
			case LOOP, REPEAT -> "loop";
			case ALTERNATIVE -> "alt";
			case REFERRAL -> "referral";
		};
	}

	/** The flow's kind (unless next) and share on its arrow. */
	private static void label(ElkEdge edge, Flow flow) {
		String text = flow == null ? "" : (flow.getKind() == FlowKind.NEXT ? "" : flow.getKind().getLiteral() + " ")
				+ (flow.getShare() == null ? "" : DisplayText.number(flow.getShare()) + "%");
		if (!text.isBlank()) {
			ElkLabel label = ElkGraphUtil.createLabel(text.strip(), edge);
			// drawn bold, which Svg.text budgets a tenth wider, with 4 px on either side
			label.setDimensions(TextMeasure.width(text.strip(), LABEL_SIZE) * 1.1 + 10, 16);
		}
	}

	public static Svg.Drawing render(Journey journey) {
		JourneyFlows flows = new JourneyFlows(journey);
		ElkNode root = ElkLayout.graph(Direction.RIGHT, 22, 46);
		// Loops point back in map order; breaking cycles by model order keeps the first step first.
		root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
		Map<Step, ElkNode> nodes = new IdentityHashMap<>();
		for (Step step : flows.steps()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(NODE_W, NODE_H);
			nodes.put(step, node);
		}
		Map<ElkEdge, String> kinds = new LinkedHashMap<>();
		for (Step step : flows.steps()) {
			for (Step next : flows.successors(step)) {
				Flow flow = step.getFlows().stream().filter(f -> f.getTarget() == next && f.getKind() != FlowKind.DROPOUT).findFirst().orElse(null);
				ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(step), nodes.get(next));
				kinds.put(edge, edgeClass(flow));
				label(edge, flow);
			}
			// a referral is a new customer who starts at its target, drawn as an arrow of its own
			for (Flow flow : step.getFlows()) {
				if (flow.getKind() == FlowKind.REFERRAL && flow.getTarget() != null && nodes.containsKey(flow.getTarget())) {
					ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(step), nodes.get(flow.getTarget()));
					kinds.put(edge, edgeClass(flow));
					label(edge, flow);
				}
			}
		}
		boolean layered = true;
		if (flows.steps().size() > JourneyQueries.MOST_STEPS_DRAWN) {
			// more steps than a map draws (an error of the model): rows a browser can still scroll
			ElkLayout.plainLayout(root);
			layered = false;
		} else if (flows.steps().size() > MOST_STEPS_LAYERED) {
			FlowRowLayout.layout(root);
		} else {
			layered = ElkLayout.layout(root);
		}

		Svg svg = new Svg();
		svg.trusted("<defs><marker id=\"flow-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
				+ "<path d=\"M0 0L10 5L0 10z\" class=\"arrow\"/></marker></defs>\n");
		for (Map.Entry<ElkEdge, String> entry : kinds.entrySet()) {
			ElkEdge edge = entry.getKey();
			svg.trusted("<path class=\"edge " + entry.getValue() + "\" marker-end=\"url(#flow-arrow)\" d=\"" + ElkLayout.path(edge, 0, y -> y) + "\"/>\n");
			for (ElkLabel label : edge.getLabels()) {
				svg.rect(label.getX(), label.getY(), label.getWidth(), label.getHeight(), "edge-label-bg");
				svg.text(label.getX() + 4, label.getY() + 12, label.getWidth(), LABEL_SIZE, "bold", label.getText());
			}
		}
		for (Step step : flows.steps()) {
			ElkNode node = nodes.get(step);
			double x = node.getX();
			double y = node.getY();
			BigDecimal drops = null;
			String reason = null;
			for (Flow flow : step.getFlows()) {
				if (flow.getKind() == FlowKind.DROPOUT && flow.getShare() != null) {
					drops = drops == null ? flow.getShare() : drops.add(flow.getShare());
					reason = flow.getReason();
				}
			}
			StringBuilder tooltip = new StringBuilder(DisplayText.label(step));
			JourneyMapSvg.append(tooltip, "Stage", DisplayText.label(JourneyQueries.stageOf(step)));
			JourneyMapSvg.append(tooltip, "Drop-out reason", reason);
			svg.group("flow-step", tooltip.toString());
			svg.box("step", x, y, NODE_W, NODE_H, step.isKeyMoment() ? "flow-node key" : "flow-node");
			svg.textBlock(x + 8, y + 16, NODE_W - 16, 11, 2, "bold", DisplayText.label(step));
			String facts = (step.getReached() == null ? "" : "reached " + DisplayText.number(step.getReached()))
					+ (drops == null ? "" : (step.getReached() == null ? "" : " \u00b7 ") + "drops " + DisplayText.number(drops) + "%");
			svg.text(x + 8, y + 47, NODE_W - 16, 10, drops == null ? "muted" : "warn-text", facts);
			svg.end();
		}
		return svg.finish(Math.max(root.getWidth(), 200), Math.max(root.getHeight(), 60), "Step flow: " + DisplayText.label(journey)
				+ (layered ? "" : " (steps in map order: the flow is too large for the layered layout)"));
	}
}
