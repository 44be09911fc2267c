package journey.report.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The step flow of a long journey laid out by its known structure, in linear time: the steps in
 * one row in map order; a flow to the next step in the row is a straight arrow between them; a flow
 * that skips ahead arcs above the row, one that goes back (a loop) arcs below it. Each arc runs on a
 * track of its own along the stretch it spans, so no two arcs or their labels share a stretch of a
 * track, and no arc crosses a step. ELK's layered algorithm takes seconds for a thousand steps;
 * this takes milliseconds.
 */
final class FlowRowLayout {

	/** Height of one track of arcs; a label (16 high) fits between two. */
	private static final double TRACK = 20;
	private static final double MARGIN = 8;

	private FlowRowLayout() {
	}

	static void layout(ElkNode root) {
		List<ElkNode> nodes = root.getChildren();
		Map<ElkNode, Integer> column = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			column.put(nodes.get(i), i);
		}
		double gap = root.getProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS);
		List<Arc> above = new ArrayList<>();
		List<Arc> below = new ArrayList<>();
		List<ElkEdge> straight = new ArrayList<>();
		for (ElkEdge edge : root.getContainedEdges()) {
			int from = column.get((ElkNode) edge.getSources().get(0));
			int to = column.get((ElkNode) edge.getTargets().get(0));
			if (to == from + 1) {
				straight.add(edge);
				// the gap between two steps holds the label of the arrow between them
				gap = Math.max(gap, labelWidth(edge) + 16);
			} else {
				(to > from ? above : below).add(new Arc(edge, from, to));
			}
		}
		double nodeWidth = nodes.isEmpty() ? 0 : nodes.get(0).getWidth();
		double nodeHeight = nodes.stream().mapToDouble(ElkNode::getHeight).max().orElse(0);
		attach(above);
		attach(below);
		int tracksAbove = assignTracks(above, nodeWidth, gap);
		int tracksBelow = assignTracks(below, nodeWidth, gap);

		double rowTop = MARGIN + tracksAbove * TRACK + (tracksAbove > 0 ? TRACK / 2 : 0);
		for (int i = 0; i < nodes.size(); i++) {
			nodes.get(i).setLocation(MARGIN + i * (nodeWidth + gap), rowTop);
		}
		for (ElkEdge edge : straight) {
			ElkNode from = (ElkNode) edge.getSources().get(0);
			ElkNode to = (ElkNode) edge.getTargets().get(0);
			ElkEdgeSection section = section(edge);
			double y = rowTop + nodeHeight / 2;
			section.setStartLocation(from.getX() + from.getWidth(), y);
			section.setEndLocation(to.getX(), y);
			for (ElkLabel label : edge.getLabels()) {
				label.setLocation((from.getX() + from.getWidth() + to.getX() - label.getWidth()) / 2, y - label.getHeight() - 2);
			}
		}
		for (Arc arc : above) {
			route(arc, nodes, nodeWidth, rowTop, rowTop - TRACK * (arc.track + 1));
		}
		for (Arc arc : below) {
			route(arc, nodes, nodeWidth, rowTop + nodeHeight, rowTop + nodeHeight + TRACK * (arc.track + 1));
		}
		double width = MARGIN * 2 + nodes.size() * nodeWidth + Math.max(0, nodes.size() - 1) * gap;
		double height = rowTop + nodeHeight + (tracksBelow > 0 ? tracksBelow * TRACK + TRACK / 2 : 0) + MARGIN;
		root.setDimensions(width, height);
	}

	/** An arc from one column to another, with where it leaves and enters its steps and its track. */
	private static final class Arc {
		final ElkEdge edge;
		final int from;
		final int to;
		double fromShare = 0.5;
		double toShare = 0.5;
		double left;
		double right;
		int track;

		Arc(ElkEdge edge, int from, int to) {
			this.edge = edge;
			this.from = from;
			this.to = to;
		}
	}

	/** One end of an arc on the side of a step: where the arc leaves it, or where it enters it. */
	private record End(Arc arc, boolean leaves) {
		/** The column at the arc's other end. */
		int farColumn() {
			return leaves ? arc.to : arc.from;
		}

		void place(double share) {
			if (leaves) {
				arc.fromShare = share;
			} else {
				arc.toShare = share;
			}
		}
	}

	/** Spreads the arcs that leave or enter the same side of a step along that side, so that none share a vertical stretch. */
	private static void attach(List<Arc> arcs) {
		Map<Integer, List<End>> sides = new HashMap<>();
		for (Arc arc : arcs) {
			sides.computeIfAbsent(arc.from, k -> new ArrayList<>()).add(new End(arc, true));
			sides.computeIfAbsent(arc.to, k -> new ArrayList<>()).add(new End(arc, false));
		}
		for (List<End> side : sides.values()) {
			// ends that reach further to the right sit further to the right: arcs on one side do not cross there
			side.sort(Comparator.comparingInt(End::farColumn));
			for (int k = 0; k < side.size(); k++) {
				side.get(k).place((k + 1.0) / (side.size() + 1.0));
			}
		}
	}

	/** Gives each arc the lowest track that is free along its whole stretch (interval colouring, by left end); returns the tracks used. */
	private static int assignTracks(List<Arc> arcs, double nodeWidth, double gap) {
		for (Arc arc : arcs) {
			double a = arc.from * (nodeWidth + gap) + nodeWidth * arc.fromShare;
			double b = arc.to * (nodeWidth + gap) + nodeWidth * arc.toShare;
			double label = labelWidth(arc.edge);
			arc.left = Math.min(a, b);
			arc.right = Math.max(Math.max(a, b), arc.left + label + 8);
		}
		arcs.sort(Comparator.comparingDouble((Arc arc) -> arc.left).thenComparingDouble(arc -> arc.right));
		List<Double> trackEnds = new ArrayList<>();
		for (Arc arc : arcs) {
			int track = 0;
			while (track < trackEnds.size() && trackEnds.get(track) + 4 > arc.left) {
				track++;
			}
			if (track == trackEnds.size()) {
				trackEnds.add(arc.right);
			} else {
				trackEnds.set(track, arc.right);
			}
			arc.track = track;
		}
		return trackEnds.size();
	}

	private static void route(Arc arc, List<ElkNode> nodes, double nodeWidth, double side, double trackY) {
		ElkNode from = nodes.get(arc.from);
		ElkNode to = nodes.get(arc.to);
		double startX = from.getX() + nodeWidth * arc.fromShare;
		double endX = to.getX() + nodeWidth * arc.toShare;
		ElkEdgeSection section = section(arc.edge);
		section.setStartLocation(startX, side);
		ElkGraphUtil.createBendPoint(section, startX, trackY);
		ElkGraphUtil.createBendPoint(section, endX, trackY);
		section.setEndLocation(endX, side);
		for (ElkLabel label : arc.edge.getLabels()) {
			double left = Math.min(startX, endX);
			label.setLocation(left + 4, trackY - label.getHeight() / 2);
		}
	}

	private static ElkEdgeSection section(ElkEdge edge) {
		edge.getSections().clear();
		return ElkGraphUtil.createEdgeSection(edge);
	}

	private static double labelWidth(ElkEdge edge) {
		return edge.getLabels().stream().mapToDouble(ElkLabel::getWidth).max().orElse(0);
	}
}
