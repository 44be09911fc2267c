package journey.bpmn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Interface;
import org.camunda.bpm.model.bpmn.instance.ItemAwareElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Operation;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ResourceRole;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import journey.bpmn.BpmnCatalogue.ActivityKey;
import journey.bpmn.BpmnCatalogue.ActivityModel;
import journey.bpmn.BpmnCatalogue.Owner;
import journey.bpmn.BpmnCatalogue.ProcessModel;
import journey.bpmn.BpmnCatalogue.Skip;
import journey.bpmn.BpmnCatalogue.SystemUse;
import journey.dsl.model.TeamKind;
import journey.report.imports.Identifiers;
import journey.report.imports.ImportException;

/**
 * Reads what a catalogue holds out of a BPMN model: pools and lanes become owners, the tasks,
 * sub-processes and call activities of each process its activities, sequence and message flows
 * (followed through gateways and events) their triggers, and service-task implementations and
 * data stores the systems they use.
 */
final class BpmnReader {

	private final BpmnModelInstance model;
	private final LaneRules rules;

	/** Owners and systems by the key that makes two BPMN elements the same one (our name, else the label). */
	private final Map<String, Owner> owners = new LinkedHashMap<>();
	private final Map<String, SystemUse> systems = new LinkedHashMap<>();
	/** Every name given to an owner, a system or a process: they share the catalogue's package. */
	private final Set<String> topNames = new HashSet<>();
	private final Map<FlowNode, ActivityKey> activities = new LinkedHashMap<>();
	private final Map<FlowNode, Lane> laneOf = new HashMap<>();
	private final Map<Lane, String> laneOwner = new HashMap<>();
	/** The names of the file's lanes, for the lane rules to be checked against. */
	private final Set<String> laneNames = new HashSet<>();
	private final List<Skip> skipped = new ArrayList<>();
	private Map<FlowNode, List<BoundaryEvent>> boundaries;

	private BpmnReader(BpmnModelInstance model, LaneRules rules) {
		this.model = model;
		this.rules = rules;
	}

	static BpmnCatalogue read(BpmnModelInstance model, LaneRules rules) throws ImportException {
		return new BpmnReader(model, rules).read();
	}

	private BpmnCatalogue read() throws ImportException {
		Collection<Process> bpmnProcesses = model.getModelElementsByType(Process.class);
		Map<Process, Participant> pools = new HashMap<>();
		Set<Participant> blackBoxes = new LinkedHashSet<>();
		for (Participant participant : model.getModelElementsByType(Participant.class)) {
			if (participant.getProcess() != null) {
				pools.put(participant.getProcess(), participant);
			} else {
				blackBoxes.add(participant);
			}
		}
		List<Process> withContent = bpmnProcesses.stream().filter(p -> pools.containsKey(p) || !p.getFlowElements().isEmpty()).toList();
		if (withContent.isEmpty()) {
			throw new ImportException("the file holds no BPMN process, so there is nothing to import"
					+ (blackBoxes.isEmpty() ? "" : " (its pools " + labels(blackBoxes) + " have no process inside)"));
		}
		for (Participant box : blackBoxes) {
			skipped.add(new Skip("pool " + quoted(label(box, box.getId())), "it has no process inside: it stands for someone outside, "
					+ "such as the customer; the tasks that exchange messages with it are frontstage"));
		}

		// names first, so that triggers between processes can name activities of processes read later
		Map<Process, String> processNames = new LinkedHashMap<>();
		for (Process process : withContent) {
			processNames.put(process, unique(ourName(process, titleOf(process, pools.get(process))), "Process", topNames));
		}
		Map<Process, String> processOwners = new HashMap<>();
		for (Process process : withContent) {
			Participant pool = pools.get(process);
			processOwners.put(process, pool == null || text(pool.getName()) == null ? null : owner(pool, null));
			for (LaneSet laneSet : process.getLaneSets()) {
				readLanes(laneSet, null);
			}
			Set<String> activityNames = new HashSet<>();
			for (FlowElement element : process.getFlowElements()) {
				if (element instanceof Activity activity) {
					String name = unique(ourName(activity, text(activity.getName())), "Activity", activityNames);
					activities.put(activity, new ActivityKey(processNames.get(process), name));
				}
			}
		}
		rules.checkAgainst(laneNames);
		Set<FlowNode> meetOutside = meetingBlackBoxes(blackBoxes);
		Map<FlowNode, Set<ActivityKey>> messageTriggers = messageTriggers();

		List<ProcessModel> processes = new ArrayList<>();
		int events = 0;
		int gateways = 0;
		for (Process process : withContent) {
			List<ActivityModel> read = new ArrayList<>();
			for (FlowElement element : process.getFlowElements()) {
				if (element instanceof Activity activity) {
					read.add(activity(activity, processOwners.get(process), meetOutside.contains(activity), messageTriggers));
				} else if (element instanceof Event) {
					events++;
				} else if (element instanceof Gateway) {
					gateways++;
				} else if (element instanceof DataObjectReference data) {
					skipped.add(new Skip("data object " + quoted(label(data, data.getId())), "a data object is a document, not a system"));
				}
			}
			processes.add(new ProcessModel(processNames.get(process), titleOf(process, pools.get(process)), processOwners.get(process),
					documentation(process), read));
		}
		if (events + gateways > 0) {
			skipped.add(new Skip(events + " event(s) and " + gateways + " gateway(s)",
					"a catalogue holds activities; the flows through them became triggers"));
		}
		return new BpmnCatalogue(List.copyOf(owners.values()), List.copyOf(systems.values()), processes, List.copyOf(skipped));
	}

	private ActivityModel activity(Activity activity, String processOwner, boolean meetsOutside,
			Map<FlowNode, Set<ActivityKey>> messageTriggers) {
		ActivityKey key = activities.get(activity);
		Lane lane = laneOf.get(activity);
		String taskType = activity.getElementType().getTypeName();
		journey.dsl.model.Lane blueprintLane = rules.laneOf(activity.getAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.LANE),
				lane == null ? null : text(lane.getName()), taskType, meetsOutside);
		Set<ActivityKey> triggers = new LinkedHashSet<>();
		for (FlowNode next : activitiesAfter(activity)) {
			triggers.add(activities.get(next));
		}
		triggers.addAll(messageTriggers.getOrDefault(activity, Set.of()));
		if (activity instanceof SubProcess sub) {
			long inner = sub.getFlowElements().stream().filter(e -> e instanceof Activity).count();
			if (inner > 0) {
				skipped.add(new Skip(inner + " activit" + (inner == 1 ? "y" : "ies") + " inside sub-process " + quoted(label(sub, sub.getId())),
						"the catalogue keeps a sub-process as one activity, " + key.qualified()));
			}
		}
		String owner = lane != null ? laneOwner.get(lane) : processOwner;
		return new ActivityModel(key.activity(), text(activity.getName()), blueprintLane, owner, performers(activity), systemsOf(activity),
				List.copyOf(triggers), documentation(activity));
	}

	/** Reads the lanes of a set as owners, part of the owner of the lane around them. */
	private void readLanes(LaneSet laneSet, String parentOwner) {
		for (Lane lane : laneSet.getLanes()) {
			if (text(lane.getName()) != null) {
				laneNames.add(text(lane.getName()));
			}
			String owner = text(lane.getName()) == null ? null : owner(lane, parentOwner);
			laneOwner.put(lane, owner != null ? owner : parentOwner);
			for (FlowNode node : lane.getFlowNodeRefs()) {
				laneOf.put(node, lane); // inner lanes are read later and win
			}
			if (lane.getChildLaneSet() != null) {
				readLanes(lane.getChildLaneSet(), laneOwner.get(lane));
			}
		}
	}

	/** Who performs an activity: the resources of its performer roles, and Camunda's candidate groups. */
	private List<String> performers(Activity activity) {
		Set<String> performers = new LinkedHashSet<>();
		for (ResourceRole role : activity.getResourceRoles()) {
			if (role.getResource() != null && (text(role.getResource().getName()) != null
					|| Identifiers.isIdentifier(role.getResource().getAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.NAME)))) {
				performers.add(owner(role.getResource(), null));
			}
		}
		String groups = activity.getAttributeValueNs(BpmnNames.CAMUNDA_NS, "candidateGroups");
		if (groups != null) {
			for (String group : groups.split(",")) {
				if (text(group) != null) {
					performers.add(owner(text(group), null, null, group, null));
				}
			}
		}
		return List.copyOf(performers);
	}

	/** The owner a pool, lane or resource stands for, made once per name. */
	private String owner(BaseElement element, String partOf) {
		return owner(text(element.getAttributeValue("name")), element.getAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.NAME),
				element.getAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.KIND), element.getId(), partOf);
	}

	private String owner(String title, String written, String kindWritten, String id, String partOf) {
		String key = Identifiers.isIdentifier(written) ? "name:" + written : "label:" + title;
		Owner known = owners.get(key);
		if (known != null) {
			return known.name();
		}
		boolean person = "person".equals(kindWritten);
		TeamKind kind = kindWritten == null || person ? TeamKind.TEAM : TeamKind.get(kindWritten);
		String name = unique(Identifiers.isIdentifier(written) ? written : Identifiers.fromLabel(title, id), "Team", topNames);
		owners.put(key, new Owner(name, title, kind == null ? TeamKind.TEAM : kind, person, partOf));
		return name;
	}

	/** The systems an activity uses: its service implementation, the interface of its operation, and the data stores it reads or writes. */
	private List<String> systemsOf(Activity activity) {
		Set<String> used = new LinkedHashSet<>();
		String implementation = implementation(activity);
		if (implementation != null) {
			used.add(system(implementation, null));
		}
		if (activity instanceof ServiceTask service && service.getOperation() != null) {
			Operation operation = service.getOperation();
			ModelElementInstance parent = operation.getParentElement();
			String title = parent instanceof Interface api && text(api.getName()) != null ? text(api.getName()) : text(operation.getName());
			if (title != null) {
				used.add(system(title, null));
			}
		}
		List<ItemAwareElement> data = new ArrayList<>();
		for (DataAssociation association : activity.getDataInputAssociations()) {
			data.addAll(association.getSources());
		}
		for (DataAssociation association : activity.getDataOutputAssociations()) {
			data.add(association.getTarget());
		}
		for (ItemAwareElement element : data) {
			if (element instanceof DataStoreReference store) {
				String title = text(store.getName()) != null ? text(store.getName())
						: store.getDataStore() != null ? text(store.getDataStore().getName()) : null;
				String written = store.getAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.NAME);
				if (title != null || Identifiers.isIdentifier(written)) {
					used.add(system(title != null ? title : written, written));
				} else {
					skipped.add(new Skip("data store " + store.getId(), "it has no name to give the system"));
				}
			}
		}
		return List.copyOf(used);
	}

	/** What implements a task as Camunda or BPMN writes it: a class, a bean of an expression, an external task's topic, an implementation. */
	private static String implementation(Activity activity) {
		String className = text(activity.getAttributeValueNs(BpmnNames.CAMUNDA_NS, "class"));
		if (className != null) {
			return className.substring(className.lastIndexOf('.') + 1);
		}
		for (String attribute : List.of("delegateExpression", "expression")) {
			String expression = text(activity.getAttributeValueNs(BpmnNames.CAMUNDA_NS, attribute));
			if (expression != null) {
				String bean = expression.replaceFirst("^[#$]\\{\\s*", "").replaceFirst("[.(}\\s].*$", "");
				return bean.isEmpty() ? expression : bean;
			}
		}
		String topic = text(activity.getAttributeValueNs(BpmnNames.CAMUNDA_NS, "topic"));
		if (topic != null) {
			return topic;
		}
		String standard = text(activity.getAttributeValue("implementation"));
		return standard == null || standard.startsWith("##") ? null : standard;
	}

	private String system(String title, String written) {
		String key = Identifiers.isIdentifier(written) ? "name:" + written : "label:" + title;
		SystemUse known = systems.get(key);
		if (known != null) {
			return known.name();
		}
		String name = unique(Identifiers.isIdentifier(written) ? written : Identifiers.fromLabel(title, "System"), "System", topNames);
		systems.put(key, new SystemUse(name, title));
		return name;
	}

	/** The activities a node's sequence flows reach, through gateways and events, and through the boundary events of an activity. */
	private Set<FlowNode> activitiesAfter(FlowNode start) {
		return nearestActivities(start, this::successors);
	}

	/** The activities whose sequence flows reach a node, through gateways and events, and from the activity a boundary event sits on. */
	private Set<FlowNode> activitiesBefore(FlowNode end) {
		return nearestActivities(end, BpmnReader::predecessors);
	}

	/** The first activities met going from the node along {@code next}, passing through every node that is not an activity. */
	private Set<FlowNode> nearestActivities(FlowNode start, java.util.function.Function<FlowNode, List<FlowNode>> next) {
		Set<FlowNode> found = new LinkedHashSet<>();
		Set<FlowNode> seen = new HashSet<>();
		List<FlowNode> todo = new ArrayList<>(next.apply(start));
		while (!todo.isEmpty()) {
			FlowNode node = todo.remove(0);
			if (activities.containsKey(node)) {
				found.add(node);
			} else if (seen.add(node)) {
				todo.addAll(next.apply(node));
			}
		}
		return found;
	}

	private List<FlowNode> successors(FlowNode node) {
		List<FlowNode> next = new ArrayList<>();
		node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
		next.addAll(boundaries().getOrDefault(node, List.of()));
		return next;
	}

	/** The boundary events of each activity, found once: the model API finds elements by walking the whole document. */
	private Map<FlowNode, List<BoundaryEvent>> boundaries() {
		if (boundaries == null) {
			boundaries = new HashMap<>();
			for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
				if (boundary.getAttachedTo() != null) {
					boundaries.computeIfAbsent(boundary.getAttachedTo(), a -> new ArrayList<>()).add(boundary);
				}
			}
		}
		return boundaries;
	}

	private static List<FlowNode> predecessors(FlowNode node) {
		List<FlowNode> before = new ArrayList<>(node.getIncoming().stream().map(SequenceFlow::getSource).toList());
		if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
			before.add(boundary.getAttachedTo());
		}
		return before;
	}

	/** Message flows as triggers: from the activities that send (or lead to the event that sends) to those that receive. */
	private Map<FlowNode, Set<ActivityKey>> messageTriggers() {
		Map<FlowNode, Set<ActivityKey>> triggers = new HashMap<>();
		for (MessageFlow flow : model.getModelElementsByType(MessageFlow.class)) {
			Set<FlowNode> from = ends(flow.getSource(), true);
			Set<FlowNode> to = ends(flow.getTarget(), false);
			if (from.isEmpty() || to.isEmpty()) {
				if (!(flow.getSource() instanceof Participant participant && participant.getProcess() == null)
						&& !(flow.getTarget() instanceof Participant target && target.getProcess() == null)) {
					skipped.add(new Skip("message flow " + quoted(label(flow, flow.getId())), "it does not run from an activity to an activity"));
				}
				continue;
			}
			for (FlowNode sender : from) {
				for (FlowNode receiver : to) {
					triggers.computeIfAbsent(sender, s -> new LinkedHashSet<>()).add(activities.get(receiver));
				}
			}
		}
		return triggers;
	}

	private Set<FlowNode> ends(ModelElementInstance end, boolean source) {
		if (end instanceof FlowNode node && activities.containsKey(node)) {
			return Set.of(node);
		}
		if (end instanceof Event event) {
			return source ? activitiesBefore(event) : activitiesAfter(event);
		}
		return Set.of();
	}

	/** The activities that exchange messages with a pool that has no process. */
	private Set<FlowNode> meetingBlackBoxes(Set<Participant> blackBoxes) {
		Set<FlowNode> meet = new HashSet<>();
		for (MessageFlow flow : model.getModelElementsByType(MessageFlow.class)) {
			if (blackBoxes.contains(flow.getSource()) && flow.getTarget() instanceof FlowNode node) {
				meet.add(node);
			}
			if (blackBoxes.contains(flow.getTarget()) && flow.getSource() instanceof FlowNode node) {
				meet.add(node);
			}
		}
		return meet;
	}

	/** The name our export wrote on the element, else one made from its label, else from its id. */
	private static String ourName(BaseElement element, String label) {
		String written = element.getAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.NAME);
		return Identifiers.isIdentifier(written) ? written : Identifiers.fromLabel(label, element.getId());
	}

	private static String titleOf(Process process, Participant pool) {
		if (text(process.getName()) != null) {
			return text(process.getName());
		}
		return pool == null ? null : text(pool.getName());
	}

	private static String documentation(BaseElement element) {
		String text = element.getDocumentations().stream().map(Documentation::getTextContent).map(BpmnReader::text)
				.filter(t -> t != null).collect(Collectors.joining("\n"));
		return text.isEmpty() ? null : text;
	}

	private static String unique(String name, String kind, Set<String> taken) {
		String unique = Identifiers.unique(name, kind, taken);
		taken.add(unique);
		return unique;
	}

	/** The text with its white space trimmed and runs of it made one space, or null where nothing is left. */
	static String text(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip().replaceAll("\\s+", " ");
		return trimmed.isEmpty() ? null : trimmed;
	}

	private static String label(BaseElement element, String fallback) {
		String name = text(element.getAttributeValue("name"));
		return name == null ? fallback : name;
	}

	private static String labels(Collection<? extends BaseElement> elements) {
		return elements.stream().map(e -> quoted(label(e, e.getId()))).collect(Collectors.joining(", "));
	}

	private static String quoted(String text) {
		return "'" + text + "'";
	}
}
