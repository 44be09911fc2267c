package journey.report.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import journey.report.DisplayText;
import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.Lane;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Technology;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;

/**
 * Draws the service blueprint: lanes for physical evidence, customer actions (the touchpoints),
 * frontstage, backstage and support, separated by the lines of interaction, visibility and internal
 * interaction. Each stage is one ELK layered graph (top to bottom, one partition per lane row), so
 * every activity sits under the stage it serves and ELK routes the touchpoint → activity edges.
 * The stages' rows are then lined up by stretching the space between them; that keeps every edge
 * orthogonal and every box where ELK put it relative to its neighbours. Every text wraps in its
 * box ({@link Card}); the boxes of a row are as tall as the tallest text in it, in every stage.
 */
public final class BlueprintSvg {

	static final double LEFT = 190;
	static final double NODE_W = 178;
	static final double NODE_H = 58;
	static final double HEADER_H = 46;
	static final double STAGE_GAP = 30;
	/** Space kept free at each lane boundary, so the dashed lines cross edges only, never run along them. */
	static final double LANE_GAP = 34;

	static final String[] LANE_NAMES = { "Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes" };
	static final String[] LINE_NAMES = { null, "line of interaction", "line of visibility", "line of internal interaction" };

	private record StageGraph(Stage stage, ElkNode root, ElkNode[] fillers, Map<ElkNode, Object> elements, List<ElkEdge> edges,
			Map<ElkEdge, String> edgeKinds) {
	}

	private final Journey journey;
	private final Svg svg = new Svg();
	/** Rows per lane below the customer actions: frontstage, backstage and support can each need several. */
	private final int[] laneRows = { 1, 1, 1, 1, 1 };
	private int[] laneStart;
	/** The height of each row's boxes (a partition of the stages' layouts), in every stage. */
	private double[] rowHeight;

	private BlueprintSvg(Journey journey) {
		this.journey = journey;
	}

	public static Svg.Drawing render(Journey journey) {
		return new BlueprintSvg(journey).draw();
	}

	private static int laneIndex(Activity activity) {
		return switch (activity.getLane() == null ? Lane.BACKSTAGE : activity.getLane()) {
			case FRONTSTAGE -> 2;
			case BACKSTAGE -> 3;
			case SUPPORT -> 4;
		};
	}

	/**
	 * How deep each activity sits in its lane: after every activity of the same lane that triggers it.
	 * The map keeps the order of {@code activities}: ELK places nodes in the order they are added, and
	 * an identity-hash order would move boxes whenever anything else hashed model objects first.
	 */
	private static Map<Activity, Integer> depths(Set<Activity> activities) {
		Map<Activity, Integer> depth = new IdentityHashMap<>();
		Set<Activity> visiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Activity, Integer> inOrder = new LinkedHashMap<>();
		for (Activity activity : activities) {
			inOrder.put(activity, depthOf(activity, activities, depth, visiting));
		}
		return inOrder;
	}

	private static int depthOf(Activity activity, Set<Activity> scope, Map<Activity, Integer> depth, Set<Activity> visiting) {
		Integer known = depth.get(activity);
		if (known != null) {
			return known;
		}
		if (!visiting.add(activity)) {
			return 0; // a trigger cycle inside one lane: its members share a row
		}
		int result = 0;
		for (Activity other : scope) {
			if (other != activity && laneIndex(other) == laneIndex(activity) && other.getTriggers().contains(activity)) {
				result = Math.max(result, depthOf(other, scope, depth, visiting) + 1);
			}
		}
		visiting.remove(activity);
		depth.put(activity, result);
		return result;
	}

	private Svg.Drawing draw() {
		List<Map<Activity, Integer>> stageDepths = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			Map<Activity, Integer> depth = depths(new LinkedHashSet<>(JourneyQueries.activitiesBehind(stage)));
			stageDepths.add(depth);
			depth.forEach((activity, d) -> laneRows[laneIndex(activity)] = Math.max(laneRows[laneIndex(activity)], d + 1));
		}
		laneStart = new int[6];
		for (int lane = 0; lane < 5; lane++) {
			laneStart[lane + 1] = laneStart[lane] + laneRows[lane];
		}
		int partitions = laneStart[5];
		rowHeight = new double[partitions];
		java.util.Arrays.fill(rowHeight, NODE_H);
		for (int i = 0; i < journey.getStages().size(); i++) {
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey.getStages().get(i))) {
				grow(laneStart[1], card(touchpoint));
				if (!touchpoint.getEvidence().isEmpty()) {
					grow(laneStart[0], card(new Evidence(touchpoint)));
				}
			}
			stageDepths.get(i).forEach((activity, d) -> grow(laneStart[laneIndex(activity)] + d, card(activity)));
		}

		List<StageGraph> graphs = new ArrayList<>();
		for (int i = 0; i < journey.getStages().size(); i++) {
			graphs.add(layoutStage(journey.getStages().get(i), stageDepths.get(i), partitions));
		}

		// Line the rows up: each partition row gets the largest gap any stage needed above it.
		double[] rowTop = new double[partitions];
		rowTop[0] = HEADER_H + 24;
		for (int p = 1; p < partitions; p++) {
			double gap = 0;
			for (StageGraph graph : graphs) {
				gap = Math.max(gap, graph.fillers[p].getY() - graph.fillers[p - 1].getY() - rowHeight[p - 1]);
			}
			rowTop[p] = rowTop[p - 1] + rowHeight[p - 1] + extraAbove(p) + gap;
		}
		double height = rowTop[partitions - 1] + rowHeight[partitions - 1] + 24;
		double x = LEFT;
		List<Double> stageX = new ArrayList<>();
		for (StageGraph graph : graphs) {
			stageX.add(x);
			x += Math.max(graph.root.getWidth(), NODE_W + 16) + STAGE_GAP;
		}
		double width = Math.max(x - STAGE_GAP + 16, 640);

		drawLanes(rowTop, width, height);
		boolean anyEvidence = graphs.stream().anyMatch(g -> g.elements.values().stream().anyMatch(Evidence.class::isInstance));
		if (!anyEvidence) {
			svg.text(LEFT, rowTop[0] + NODE_H / 2 + 4, 420, 11, "muted", "No physical evidence recorded (touchpoint \u2018evidence\u2019).");
		}
		for (int i = 0; i < graphs.size(); i++) {
			StageGraph graph = graphs.get(i);
			double sx = stageX.get(i);
			double sw = Math.max(graph.root.getWidth(), NODE_W + 16);
			svg.group("stage", DisplayText.label(graph.stage));
			svg.box("stage", sx, 8, sw, HEADER_H - 8, "stage-band-" + i % 2);
			svg.text(sx + 10, 33, sw - 20, 14, "bold", DisplayText.label(graph.stage));
			svg.end();
			java.util.function.DoubleUnaryOperator mapY = y -> mapY(graph, rowTop, partitions, y);
			svg.trusted("<g>\n");
			for (ElkEdge edge : graph.edges) {
				String kind = graph.edgeKinds.get(edge);
				svg.trusted("<path class=\"edge " + kind + "\" marker-end=\"url(#bp-arrow)\" d=\"" + ElkLayout.path(edge, sx, mapY) + "\"/>\n");
			}
			svg.trusted("</g>\n");
			for (Map.Entry<ElkNode, Object> entry : graph.elements.entrySet()) {
				ElkNode node = entry.getKey();
				drawNode(entry.getValue(), sx + node.getX(), mapY.applyAsDouble(node.getY()), node.getHeight());
			}
		}
		svg.trusted("<defs><marker id=\"bp-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
				+ "<path d=\"M0 0L10 5L0 10z\" class=\"arrow\"/></marker></defs>\n");
		return svg.finish(width, height, "Service blueprint: " + DisplayText.label(journey));
	}

	private double extraAbove(int partition) {
		for (int lane = 1; lane < 5; lane++) {
			if (laneStart[lane] == partition) {
				return LANE_GAP;
			}
		}
		return 0;
	}

	/** Maps a y of the stage's own layout onto the shared rows, keeping order and straightness. */
	private double mapY(StageGraph graph, double[] rowTop, int partitions, double y) {
		double eps = 0.5;
		int p = 0;
		while (p + 1 < partitions && graph.fillers[p + 1].getY() <= y + eps) {
			p++;
		}
		double top = graph.fillers[p].getY();
		if (y < top) {
			return rowTop[0] - (top - y);
		}
		if (y <= top + rowHeight[p] + eps || p + 1 >= partitions) {
			return rowTop[p] + (y - top);
		}
		return rowTop[p] + rowHeight[p] + extraAbove(p + 1) + (y - top - rowHeight[p]);
	}

	private StageGraph layoutStage(Stage stage, Map<Activity, Integer> depth, int partitions) {
		ElkNode root = ElkLayout.graph(Direction.DOWN, 18, 36);
		root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
		// Touchpoints stay in map order, so the blueprint reads left to right like the journey.
		root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		Map<ElkNode, Object> elements = new LinkedHashMap<>();
		Map<Object, ElkNode> nodes = new HashMap<>();
		Map<ElkEdge, String> kinds = new LinkedHashMap<>();
		List<ElkEdge> edges = new ArrayList<>();
		// An invisible probe per row, so that every stage has every row and its y can be read back.
		ElkNode[] fillers = new ElkNode[partitions];
		for (int p = 0; p < partitions; p++) {
			fillers[p] = ElkGraphUtil.createNode(root);
			fillers[p].setDimensions(1, rowHeight[p]);
			fillers[p].setProperty(LayeredOptions.PARTITIONING_PARTITION, p);
		}
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
			ElkNode node = node(root, laneStart[1]);
			elements.put(node, touchpoint);
			nodes.put(touchpoint, node);
			if (!touchpoint.getEvidence().isEmpty()) {
				ElkNode evidence = node(root, laneStart[0]);
				elements.put(evidence, new Evidence(touchpoint));
				edges.add(edge(evidence, node, "evidence", kinds));
			}
		}
		for (Activity activity : depth.keySet()) {
			ElkNode node = node(root, laneStart[laneIndex(activity)] + depth.get(activity));
			elements.put(node, activity);
			nodes.put(activity, node);
		}
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
			for (Activity activity : new LinkedHashSet<>(touchpoint.getSupportedBy())) {
				if (nodes.containsKey(activity)) {
					edges.add(edge(nodes.get(touchpoint), nodes.get(activity), "", kinds));
				}
			}
		}
		for (Activity activity : depth.keySet()) {
			for (Activity triggered : new LinkedHashSet<>(activity.getTriggers())) {
				ElkNode target = nodes.get(triggered);
				if (target == null || triggered == activity) {
					continue;
				}
				boolean sameLane = laneIndex(triggered) == laneIndex(activity);
				// Within one lane only forward triggers are drawn; a cycle's closing edge is named in the tooltip.
				if (!sameLane || depth.get(triggered) > depth.get(activity)) {
					edges.add(edge(nodes.get(activity), target, "trigger", kinds));
				}
			}
		}
		ElkLayout.layout(root);
		return new StageGraph(stage, root, fillers, elements, edges, kinds);
	}

	private ElkNode node(ElkNode root, int partition) {
		ElkNode node = ElkGraphUtil.createNode(root);
		node.setDimensions(NODE_W, rowHeight[partition]);
		node.setProperty(LayeredOptions.PARTITIONING_PARTITION, partition);
		return node;
	}

	private static ElkEdge edge(ElkNode from, ElkNode to, String kind, Map<ElkEdge, String> kinds) {
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
		kinds.put(edge, kind);
		return edge;
	}

	/** The physical evidence of one touchpoint, drawn as its own box above it. */
	private record Evidence(Touchpoint touchpoint) {
	}

	private void drawLanes(double[] rowTop, double width, double height) {
		for (int lane = 0; lane < 5; lane++) {
			double top = lane == 0 ? HEADER_H + 6 : rowTop[laneStart[lane] - 1] + rowHeight[laneStart[lane] - 1] + LANE_GAP / 2;
			double bottom = lane == 4 ? height : rowTop[laneStart[lane + 1] - 1] + rowHeight[laneStart[lane + 1] - 1] + LANE_GAP / 2;
			svg.rect(0, top, width, bottom - top, "lane-" + lane);
			svg.text(12, top + 22, LEFT - 24, 12.5, "row-label", LANE_NAMES[lane]);
			if (lane > 0) {
				svg.line(0, top, width, top, LINE_NAMES[lane - 1] == null ? "grid" : "bp-line");
				if (LINE_NAMES[lane - 1] != null) {
					svg.text(12, top - 5, LEFT - 20, 10.5, "bp-line-label", LINE_NAMES[lane - 1]);
				}
			}
		}
	}

	/** Makes the row at least as tall as the card needs. */
	private void grow(int partition, Card card) {
		rowHeight[partition] = Math.max(rowHeight[partition], card.height(NODE_H));
	}

	/** The text of a box of the blueprint, measured: its height decides its row's. */
	private static Card card(Object element) {
		if (element instanceof Touchpoint touchpoint) {
			Set<Party> owners = Ownership.ownersOf(touchpoint);
			Step step = JourneyQueries.stepOf(touchpoint);
			String role = step == null ? null : CustomerRoles.of(step);
			String with = touchpoint.getDealsWith().stream().filter(party -> !party.eIsProxy()).map(BuyingGroups::describe).collect(Collectors.joining("; "));
			return new Card(NODE_W).text(20, 0, 16, "bold", 11.5, DisplayText.label(touchpoint))
					.text("muted", 10.5, DisplayText.label(step) + (role == null ? "" : " (as " + role + ")"))
					.text("", 10.5, with.isEmpty() ? null : "With: " + with)
					.text(owners.isEmpty() ? "warn-text" : "", 10.5,
							owners.isEmpty() ? "\u26a0 no owner" : "Owner: " + owners.stream().map(DisplayText::label).collect(Collectors.joining(", ")));
		}
		if (element instanceof Evidence evidence) {
			return new Card(NODE_W).text("", 10.5, String.join(", ", evidence.touchpoint().getEvidence()));
		}
		Activity activity = (Activity) element;
		Party owner = Ownership.ownerOf(activity);
		return new Card(NODE_W).text("bold", 11.5, DisplayText.label(activity))
				.text(owner == null ? "warn-text" : "muted", 10.5, owner == null ? "\u26a0 no owner" : "Owner: " + DisplayText.label(owner));
	}

	private void drawNode(Object element, double x, double y, double height) {
		Card card = card(element);
		if (element instanceof Touchpoint touchpoint) {
			Set<Party> owners = Ownership.ownersOf(touchpoint);
			String owner = owners.isEmpty() ? "\u26a0 no owner" : "Owner: " + owners.stream().map(DisplayText::label).collect(Collectors.joining(", "));
			svg.group("bp-touchpoint", DisplayText.label(touchpoint) + "\nStep: " + DisplayText.label(JourneyQueries.stepOf(touchpoint)) + "\n" + owner);
			svg.box("touchpoint", x, y, NODE_W, height, owners.isEmpty() ? "node-tp unowned" : "node-tp");
			ChannelIcons.draw(svg, x + 7, y + 8, touchpoint.getChannel());
			card.draw(svg, x, y);
			svg.end();
		} else if (element instanceof Evidence evidence) {
			String text = String.join(", ", evidence.touchpoint().getEvidence());
			svg.group("bp-evidence", "Evidence of " + DisplayText.label(evidence.touchpoint()) + ": " + text);
			svg.box("evidence", x, y, NODE_W, height, "node-ev");
			card.draw(svg, x, y);
			svg.end();
		} else if (element instanceof Activity activity) {
			Party owner = Ownership.ownerOf(activity);
			StringBuilder tooltip = new StringBuilder(DisplayText.label(activity));
			JourneyMapSvg.append(tooltip, "Lane", activity.getLane() == null ? "" : activity.getLane().getLiteral());
			JourneyMapSvg.append(tooltip, "Process", DisplayText.label(JourneyQueries.processOf(activity)));
			JourneyMapSvg.append(tooltip, "Owner", owner == null ? "nobody" : DisplayText.label(owner));
			JourneyMapSvg.append(tooltip, "Performed by", activity.getPerformers().stream().map(DisplayText::label).collect(Collectors.joining(", ")));
			JourneyMapSvg.append(tooltip, "Uses", activity.getSystems().stream().map(DisplayText::label).collect(Collectors.joining(", ")));
			JourneyMapSvg.append(tooltip, "Triggers", activity.getTriggers().stream().map(DisplayText::label).collect(Collectors.joining(", ")));
			JourneyMapSvg.append(tooltip, "", activity.getDescription());
			for (Technology system : activity.getSystems()) {
				JourneyMapSvg.append(tooltip, DisplayText.label(system), system.getDescription());
			}
			String laneClass = switch (laneIndex(activity)) {
				case 2 -> "front";
				case 3 -> "back";
				default -> "support";
			};
			svg.group("bp-activity", tooltip.toString());
			svg.box("activity", x, y, NODE_W, height, "node-act " + laneClass);
			card.draw(svg, x, y);
			svg.end();
		}
	}
}
