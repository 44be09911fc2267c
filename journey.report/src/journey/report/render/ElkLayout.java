package journey.report.render;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Runs ELK's layered algorithm the way both diagrams want it: orthogonal edges, nodes kept in model
 * order where the layering allows. Called directly (not through the layout service), so it works
 * the same inside and outside OSGi.
 */
public final class ElkLayout {

	static {
		// Registers ELK's option types (ElkReflect) and the layered options; needed outside OSGi too.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private ElkLayout() {
	}

	public static ElkNode graph(Direction direction, double nodeSpacing, double layerSpacing) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(LayeredOptions.DIRECTION, direction);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
		root.setProperty(LayeredOptions.PADDING, new ElkPadding(8));
		root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		return root;
	}

	/** ELK's layering recurses once per node along a path; its own thread gets a stack for thousands of steps. */
	private static final long LAYOUT_STACK_BYTES = 512L << 20;
	/** Nodes in a row of the plain layout, when the graph has no partitions of its own. */
	private static final int PLAIN_ROW = 8;

	/**
	 * Lays the graph out with ELK's layered algorithm; where ELK fails (a stack overflow on very long
	 * paths, or any error of its own), with the plain layout instead. Returns whether ELK laid it out.
	 */
	public static boolean layout(ElkNode root) {
		String shape = LayoutMemo.shapeOf(root);
		if (LayoutMemo.apply(shape, root)) {
			return true;
		}
		Throwable[] failure = new Throwable[1];
		Thread thread = new Thread(null, () -> {
			try {
				new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
			} catch (StackOverflowError | RuntimeException e) {
				failure[0] = e;
			}
		}, "journey-elk-layout", LAYOUT_STACK_BYTES);
		thread.start();
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failure[0] = e;
		}
		if (failure[0] != null) {
			plainLayout(root);
			return false;
		}
		LayoutMemo.remember(shape, root);
		return true;
	}

	/**
	 * Places the nodes in rows in the order they were added (one row per partition, if the graph has
	 * partitions), with straight edges: always drawable, for graphs ELK cannot lay out.
	 */
	static void plainLayout(ElkNode root) {
		double nodeGap = root.getProperty(LayeredOptions.SPACING_NODE_NODE);
		double rowGap = root.getProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS);
		java.util.Map<Integer, Integer> columnOfRow = new java.util.TreeMap<>();
		java.util.List<ElkNode> children = root.getChildren();
		double rowHeight = children.stream().mapToDouble(ElkNode::getHeight).max().orElse(0) + rowGap;
		double width = 0;
		double height = 0;
		for (int i = 0; i < children.size(); i++) {
			ElkNode node = children.get(i);
			Integer partition = node.getProperty(LayeredOptions.PARTITIONING_PARTITION);
			int row = partition != null ? partition : i / PLAIN_ROW;
			int column = columnOfRow.merge(row, 1, Integer::sum) - 1;
			node.setLocation(8 + column * (node.getWidth() + nodeGap), 8 + row * rowHeight);
			width = Math.max(width, node.getX() + node.getWidth() + 8);
			height = Math.max(height, node.getY() + node.getHeight() + 8);
		}
		for (ElkEdge edge : root.getContainedEdges()) {
			ElkNode from = (ElkNode) edge.getSources().get(0);
			ElkNode to = (ElkNode) edge.getTargets().get(0);
			edge.getSections().clear();
			ElkEdgeSection section = ElkGraphUtil.createEdgeSection(edge);
			if (from.getY() == to.getY()) {
				boolean forward = to.getX() > from.getX();
				section.setStartLocation(forward ? from.getX() + from.getWidth() : from.getX(), from.getY() + from.getHeight() / 2);
				section.setEndLocation(forward ? to.getX() : to.getX() + to.getWidth(), to.getY() + to.getHeight() / 2);
			} else {
				boolean down = to.getY() > from.getY();
				section.setStartLocation(from.getX() + from.getWidth() / 2, down ? from.getY() + from.getHeight() : from.getY());
				section.setEndLocation(to.getX() + to.getWidth() / 2, down ? to.getY() : to.getY() + to.getHeight());
			}
			for (var label : edge.getLabels()) {
				label.setLocation((section.getStartX() + section.getEndX()) / 2, (section.getStartY() + section.getEndY()) / 2);
			}
		}
		root.setDimensions(width, height);
	}

	/** The edge's route as SVG path data, moved by (dx, dy) and with y mapped by the given function. */
	static String path(ElkEdge edge, double dx, java.util.function.DoubleUnaryOperator y) {
		StringBuilder d = new StringBuilder();
		for (ElkEdgeSection section : edge.getSections()) {
			d.append('M').append(Svg.num(section.getStartX() + dx)).append(' ').append(Svg.num(y.applyAsDouble(section.getStartY())));
			for (ElkBendPoint bend : section.getBendPoints()) {
				d.append(" L").append(Svg.num(bend.getX() + dx)).append(' ').append(Svg.num(y.applyAsDouble(bend.getY())));
			}
			d.append(" L").append(Svg.num(section.getEndX() + dx)).append(' ').append(Svg.num(y.applyAsDouble(section.getEndY())));
		}
		return d.toString();
	}
}
