package journey.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.DataOutputAssociation;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import journey.report.render.ElkLayout;

/**
 * Draws the exported collaboration as BPMN diagram interchange: pools stacked from top to bottom,
 * each with its lanes as horizontal bands, tasks placed left to right in the layers that ELK's
 * layered algorithm gives the process's sequence flows (and in ELK's order within a layer), the
 * data stores in a row below their pool, and every flow as an orthogonal edge. Every flow node and
 * every flow gets a shape or an edge, so that a BPMN tool shows the diagram as drawn.
 */
final class BpmnDiagramLayout {

	static final double TASK_WIDTH = 100;
	static final double TASK_HEIGHT = 80;
	static final double STORE_SIZE = 50;
	private static final double POOL_HEADER = 30;
	private static final double LANE_HEADER = 30;
	private static final double INSET = 30;
	private static final double BAND_PAD = 20;
	private static final double ROW_GAP = 40;
	private static final double POOL_GAP = 60;
	private static final double STORE_ROW = 100;
	private static final double MIN_WIDTH = 600;

	/** What the export made, in its order, for the layout to place. */
	static final class Drawing {
		final List<Pool> pools = new ArrayList<>();
		final List<Flow> sequences = new ArrayList<>();
		final List<Flow> messages = new ArrayList<>();
		final List<Flow> associations = new ArrayList<>();

		Pool pool(Participant participant) {
			Pool pool = new Pool(participant);
			pools.add(pool);
			return pool;
		}

		void sequence(SequenceFlow flow, Task from, Task to) {
			sequences.add(new Flow(flow, from, to));
		}

		void message(MessageFlow flow, Task from, Task to) {
			messages.add(new Flow(flow, from, to));
		}

		void association(DataOutputAssociation association, Task from, DataStoreReference to) {
			associations.add(new Flow(association, from, to));
		}
	}

	static final class Pool {
		final Participant participant;
		final List<Band> lanes = new ArrayList<>();
		final List<DataStoreReference> stores = new ArrayList<>();

		Pool(Participant participant) {
			this.participant = participant;
		}

		Band lane(Lane lane) {
			Band band = new Band(lane);
			lanes.add(band);
			return band;
		}

		void store(DataStoreReference store) {
			stores.add(store);
		}
	}

	static final class Band {
		final Lane lane;
		final List<Task> tasks = new ArrayList<>();

		Band(Lane lane) {
			this.lane = lane;
		}

		void task(Task task) {
			tasks.add(task);
		}
	}

	record Flow(BaseElement element, BaseElement from, BaseElement to) {
	}

	/** A placed box. */
	record Box(double x, double y, double width, double height) {
		double right() {
			return x + width;
		}

		double bottom() {
			return y + height;
		}

		double centerX() {
			return x + width / 2;
		}

		double centerY() {
			return y + height / 2;
		}
	}

	private final Map<BaseElement, Box> boxes = new LinkedHashMap<>();
	private final Map<Pool, Box> poolBoxes = new HashMap<>();

	private BpmnDiagramLayout() {
	}

	static void draw(BpmnModelInstance bpmn, Collaboration collaboration, Drawing drawing) {
		BpmnDiagramLayout layout = new BpmnDiagramLayout();
		layout.place(drawing);
		layout.write(bpmn, collaboration, drawing);
	}

	private void place(Drawing drawing) {
		Map<Pool, Map<Task, double[]>> elk = new HashMap<>();
		double width = MIN_WIDTH;
		for (Pool pool : drawing.pools) {
			Map<Task, double[]> positions = layers(pool, drawing.sequences);
			elk.put(pool, positions);
			double right = positions.values().stream().mapToDouble(p -> p[0]).max().orElse(0) + TASK_WIDTH;
			width = Math.max(width, POOL_HEADER + LANE_HEADER + 2 * INSET + right);
		}
		double y = 0;
		for (Pool pool : drawing.pools) {
			Map<Task, double[]> positions = elk.get(pool);
			double top = y;
			for (Band band : pool.lanes) {
				double height = placeBand(band, positions, y);
				boxes.put(band.lane, new Box(POOL_HEADER, y, width - POOL_HEADER, height));
				y += height;
			}
			if (pool.lanes.isEmpty()) {
				y += TASK_HEIGHT + 2 * BAND_PAD;
			}
			Box poolBox = new Box(0, top, width, y - top);
			boxes.put(pool.participant, poolBox);
			poolBoxes.put(pool, poolBox);
			if (!pool.stores.isEmpty()) {
				placeStores(pool, drawing.associations, y + (STORE_ROW - STORE_SIZE) / 2);
				y += STORE_ROW;
			}
			y += POOL_GAP;
		}
	}

	/** Each task's x and y as ELK's layered algorithm places it on the pool's sequence flows, left to right. */
	private static Map<Task, double[]> layers(Pool pool, List<Flow> sequences) {
		ElkNode root = ElkLayout.graph(Direction.RIGHT, 30, 60);
		Map<BaseElement, ElkNode> nodes = new LinkedHashMap<>();
		for (Band band : pool.lanes) {
			for (Task task : band.tasks) {
				ElkNode node = ElkGraphUtil.createNode(root);
				node.setDimensions(TASK_WIDTH, TASK_HEIGHT);
				nodes.put(task, node);
			}
		}
		java.util.Set<ElkNode> reached = new java.util.HashSet<>();
		for (Flow flow : sequences) {
			ElkNode from = nodes.get(flow.from());
			ElkNode to = nodes.get(flow.to());
			if (from != null && to != null) {
				ElkGraphUtil.createSimpleEdge(from, to);
				reached.add(to);
			}
		}
		// a task that no flow reaches comes after the one before it in the catalogue (an edge that is not drawn),
		// so that unconnected activities read left to right instead of piling up in the first column
		List<ElkNode> ordered = new ArrayList<>(nodes.values());
		for (int i = 1; i < ordered.size(); i++) {
			if (!reached.contains(ordered.get(i))) {
				ElkGraphUtil.createSimpleEdge(ordered.get(i - 1), ordered.get(i));
			}
		}
		ElkLayout.layout(root);
		Map<Task, double[]> positions = new LinkedHashMap<>();
		double left = nodes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
		nodes.forEach((task, node) -> positions.put((Task) task, new double[] { node.getX() - left, node.getY() }));
		return positions;
	}

	/** Places a lane's tasks in ELK's columns, stacked in ELK's order where several share a column; returns the band's height. */
	private double placeBand(Band band, Map<Task, double[]> positions, double top) {
		Map<Double, List<Task>> columns = new LinkedHashMap<>();
		for (Task task : band.tasks) {
			columns.computeIfAbsent(positions.get(task)[0], x -> new ArrayList<>()).add(task);
		}
		int rows = 1;
		for (Map.Entry<Double, List<Task>> column : columns.entrySet()) {
			List<Task> tasks = column.getValue();
			tasks.sort((a, b) -> Double.compare(positions.get(a)[1], positions.get(b)[1]));
			rows = Math.max(rows, tasks.size());
			for (int row = 0; row < tasks.size(); row++) {
				double x = POOL_HEADER + LANE_HEADER + INSET + column.getKey();
				double y = top + BAND_PAD + row * (TASK_HEIGHT + ROW_GAP);
				boxes.put(tasks.get(row), new Box(x, y, TASK_WIDTH, TASK_HEIGHT));
			}
		}
		return 2 * BAND_PAD + rows * TASK_HEIGHT + (rows - 1) * ROW_GAP;
	}

	/** The pool's data stores in a row below it, each under the first task that writes to it, never overlapping. */
	private void placeStores(Pool pool, List<Flow> associations, double y) {
		double next = POOL_HEADER + LANE_HEADER + INSET;
		List<DataStoreReference> ordered = new ArrayList<>(pool.stores);
		Map<DataStoreReference, Double> wanted = new HashMap<>();
		for (DataStoreReference store : ordered) {
			double x = associations.stream().filter(f -> f.to() == store).map(f -> boxes.get(f.from())).filter(b -> b != null)
					.mapToDouble(Box::centerX).min().orElse(next);
			wanted.put(store, x - STORE_SIZE / 2);
		}
		ordered.sort((a, b) -> Double.compare(wanted.get(a), wanted.get(b)));
		for (DataStoreReference store : ordered) {
			double x = Math.max(next, wanted.get(store));
			boxes.put(store, new Box(x, y, STORE_SIZE, STORE_SIZE));
			next = x + STORE_SIZE + 40;
		}
	}

	private void write(BpmnModelInstance bpmn, Collaboration collaboration, Drawing drawing) {
		BpmnDiagram diagram = bpmn.newInstance(BpmnDiagram.class, "BPMNDiagram_" + collaboration.getId());
		BpmnPlane plane = bpmn.newInstance(BpmnPlane.class, "BPMNPlane_" + collaboration.getId());
		plane.setBpmnElement(collaboration);
		diagram.setBpmnPlane(plane);
		bpmn.getDefinitions().getBpmDiagrams().add(diagram);
		for (Map.Entry<BaseElement, Box> entry : boxes.entrySet()) {
			BpmnShape shape = bpmn.newInstance(BpmnShape.class, entry.getKey().getId() + "_di");
			shape.setBpmnElement(entry.getKey());
			if (entry.getKey() instanceof Participant || entry.getKey() instanceof Lane) {
				shape.setHorizontal(true);
			}
			Bounds bounds = bpmn.newInstance(Bounds.class);
			bounds.setX(entry.getValue().x());
			bounds.setY(entry.getValue().y());
			bounds.setWidth(entry.getValue().width());
			bounds.setHeight(entry.getValue().height());
			shape.setBounds(bounds);
			append(plane, shape);
		}
		for (Flow flow : drawing.sequences) {
			edge(bpmn, plane, flow, sequenceRoute(boxes.get(flow.from()), boxes.get(flow.to())));
		}
		for (Flow flow : drawing.messages) {
			edge(bpmn, plane, flow, messageRoute(boxes.get(flow.from()), boxes.get(flow.to())));
		}
		for (Flow flow : drawing.associations) {
			edge(bpmn, plane, flow, associationRoute(boxes.get(flow.from()), boxes.get(flow.to())));
		}
	}

	/** Forward: from the right side to the left side, bending halfway; backward or within a column: below both tasks. */
	static List<double[]> sequenceRoute(Box from, Box to) {
		List<double[]> points = new ArrayList<>();
		if (to.x() >= from.right()) {
			points.add(new double[] { from.right(), from.centerY() });
			if (from.centerY() != to.centerY()) {
				double middle = from.right() + (to.x() - from.right()) / 2;
				points.add(new double[] { middle, from.centerY() });
				points.add(new double[] { middle, to.centerY() });
			}
			points.add(new double[] { to.x(), to.centerY() });
		} else {
			double below = Math.max(from.bottom(), to.bottom()) + BAND_PAD / 2 + 5;
			points.add(new double[] { from.centerX(), from.bottom() });
			points.add(new double[] { from.centerX(), below });
			points.add(new double[] { to.centerX() + 10, below });
			points.add(new double[] { to.centerX() + 10, to.bottom() });
		}
		return points;
	}

	/** Between pools: out of the side of the task that faces the other pool, across the gap between the pools, into the other task. */
	static List<double[]> messageRoute(Box from, Box to) {
		List<double[]> points = new ArrayList<>();
		boolean down = to.y() > from.y();
		double startY = down ? from.bottom() : from.y();
		double endY = down ? to.y() : to.bottom();
		double x = from.centerX() - 15;
		double targetX = to.centerX() - 15;
		points.add(new double[] { x, startY });
		if (x != targetX) {
			double middle = down ? to.y() - POOL_GAP / 2 : to.bottom() + POOL_GAP / 2;
			points.add(new double[] { x, middle });
			points.add(new double[] { targetX, middle });
		}
		points.add(new double[] { targetX, endY });
		return points;
	}

	/**
	 * Out of the task's right side into the gap between the columns, down that gap (where no task
	 * stands) to just above the store row, then across to the store.
	 */
	static List<double[]> associationRoute(Box from, Box to) {
		List<double[]> points = new ArrayList<>();
		double corridor = from.right() + 12;
		double above = to.y() - (STORE_ROW - STORE_SIZE) / 4;
		points.add(new double[] { from.right(), from.bottom() - 12 });
		points.add(new double[] { corridor, from.bottom() - 12 });
		points.add(new double[] { corridor, above });
		points.add(new double[] { to.centerX(), above });
		points.add(new double[] { to.centerX(), to.y() });
		return points;
	}

	/**
	 * Adds a shape or an edge at the end of the plane. The model API's own add looks for the place of
	 * each new child among all the others, which made a catalogue of 1,000 activities take seconds;
	 * a plane holds diagram elements only, so the end is always their place.
	 */
	private static void append(BpmnPlane plane, org.camunda.bpm.model.bpmn.instance.di.DiagramElement element) {
		plane.getDomElement().appendChild(element.getDomElement());
	}

	private static void edge(BpmnModelInstance bpmn, BpmnPlane plane, Flow flow, List<double[]> points) {
		BpmnEdge edge = bpmn.newInstance(BpmnEdge.class, flow.element().getId() + "_di");
		edge.setBpmnElement(flow.element());
		for (double[] point : points) {
			Waypoint waypoint = bpmn.newInstance(Waypoint.class);
			waypoint.setX(point[0]);
			waypoint.setY(point[1]);
			edge.getWaypoints().add(waypoint);
		}
		append(plane, edge);
	}
}
