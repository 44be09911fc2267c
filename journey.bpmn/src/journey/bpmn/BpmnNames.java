package journey.bpmn;

/**
 * The XML names the exchange reads and writes besides BPMN's own: the journey attributes that our
 * export adds so that an import gets back the names, kinds and blueprint lanes that BPMN cannot
 * say, and the Camunda attributes that name a service task's implementation.
 */
final class BpmnNames {

	/** Our attributes; BPMN tools keep attributes of other namespaces. */
	static final String JOURNEY_NS = "http://journey.dev/bpmn/1.0";
	static final String JOURNEY_PREFIX = "journey";
	/** The element's name in the catalogue. */
	static final String NAME = "name";
	/** A lane's or pool's kind: team, department, role or person. */
	static final String KIND = "kind";
	/** An activity's lane in the blueprint: frontstage, backstage or support. */
	static final String LANE = "lane";

	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private BpmnNames() {
	}
}
