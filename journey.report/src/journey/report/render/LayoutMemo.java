package journey.report.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's layouts, remembered by the shape of the graph: the options, each node's size and options,
 * each edge's ends and labels. ELK is deterministic, so a graph of a shape already laid out gets
 * the very same layout, copied instead of computed. The stages of a long journey's blueprint
 * repeat a few shapes, and each ELK run costs milliseconds.
 */
final class LayoutMemo {

	private static final int REMEMBERED = 512;

	/** Where ELK put everything, in the order the shape lists it. */
	private record Layout(double width, double height, double[] nodes, List<double[]> sections, double[] labels) {
	}

	private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Layout> eldest) {
			return size() > REMEMBERED;
		}
	};

	private LayoutMemo() {
	}

	static String shapeOf(ElkNode root) {
		StringBuilder shape = new StringBuilder(new TreeMap<>(stringKeys(root.getAllProperties())).toString());
		Map<ElkNode, Integer> index = new java.util.IdentityHashMap<>();
		for (ElkNode node : root.getChildren()) {
			index.put(node, index.size());
			shape.append("|n").append(node.getWidth()).append('x').append(node.getHeight()).append(new TreeMap<>(stringKeys(node.getAllProperties())));
		}
		for (ElkEdge edge : root.getContainedEdges()) {
			shape.append("|e");
			for (ElkConnectableShape source : edge.getSources()) {
				shape.append(index.get(source)).append(',');
			}
			shape.append('>');
			for (ElkConnectableShape target : edge.getTargets()) {
				shape.append(index.get(target)).append(',');
			}
			for (ElkLabel label : edge.getLabels()) {
				shape.append('l').append(label.getWidth()).append('x').append(label.getHeight());
			}
		}
		return shape.toString();
	}

	private static Map<String, String> stringKeys(Map<?, ?> properties) {
		Map<String, String> keys = new TreeMap<>();
		properties.forEach((key, value) -> keys.put(key instanceof IProperty<?> property ? property.getId() : String.valueOf(key), String.valueOf(value)));
		return keys;
	}

	static synchronized void forget() {
		LAYOUTS.clear();
	}

	static synchronized boolean apply(String shape, ElkNode root) {
		Layout layout = LAYOUTS.get(shape);
		if (layout == null) {
			return false;
		}
		root.setDimensions(layout.width(), layout.height());
		int n = 0;
		for (ElkNode node : root.getChildren()) {
			node.setLocation(layout.nodes()[n++], layout.nodes()[n++]);
		}
		int e = 0;
		int l = 0;
		for (ElkEdge edge : root.getContainedEdges()) {
			edge.getSections().clear();
			double[] route = layout.sections().get(e++);
			ElkEdgeSection section = ElkGraphUtil.createEdgeSection(edge);
			section.setStartLocation(route[0], route[1]);
			for (int b = 2; b + 3 < route.length; b += 2) {
				ElkGraphUtil.createBendPoint(section, route[b], route[b + 1]);
			}
			section.setEndLocation(route[route.length - 2], route[route.length - 1]);
			for (ElkLabel label : edge.getLabels()) {
				label.setLocation(layout.labels()[l++], layout.labels()[l++]);
			}
		}
		return true;
	}

	static synchronized void remember(String shape, ElkNode root) {
		List<Double> nodes = new ArrayList<>();
		for (ElkNode node : root.getChildren()) {
			nodes.add(node.getX());
			nodes.add(node.getY());
		}
		List<double[]> sections = new ArrayList<>();
		List<Double> labels = new ArrayList<>();
		for (ElkEdge edge : root.getContainedEdges()) {
			if (edge.getSections().size() != 1) {
				return; // only single-section routes are copied; anything else is laid out each time
			}
			ElkEdgeSection section = edge.getSections().get(0);
			double[] route = new double[4 + 2 * section.getBendPoints().size()];
			route[0] = section.getStartX();
			route[1] = section.getStartY();
			int i = 2;
			for (ElkBendPoint bend : section.getBendPoints()) {
				route[i++] = bend.getX();
				route[i++] = bend.getY();
			}
			route[i++] = section.getEndX();
			route[i] = section.getEndY();
			sections.add(route);
			for (ElkLabel label : edge.getLabels()) {
				labels.add(label.getX());
				labels.add(label.getY());
			}
		}
		LAYOUTS.put(shape, new Layout(root.getWidth(), root.getHeight(), nodes.stream().mapToDouble(Double::doubleValue).toArray(), sections,
				labels.stream().mapToDouble(Double::doubleValue).toArray()));
	}
}
