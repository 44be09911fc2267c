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
final class ElkLayout {

	static {
		// Registers ELK's option types (ElkReflect) and the layered options; needed outside OSGi too.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private ElkLayout() {
	}

	static ElkNode graph(Direction direction, double nodeSpacing, double layerSpacing) {
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

	static void layout(ElkNode root) {
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
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
