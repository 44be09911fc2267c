package journey.bpmn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.DataOutputAssociation;
import org.camunda.bpm.model.bpmn.instance.DataStore;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Performer;
import org.camunda.bpm.model.bpmn.instance.Resource;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import journey.dsl.model.Activity;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.Person;
import journey.dsl.model.Process;
import journey.dsl.model.Team;
import journey.dsl.model.Technology;
import journey.dsl.query.JourneyQueries;
import journey.report.OutputText;

/**
 * `journey export --format bpmn`: the processes of a catalogue as one BPMN 2.0 collaboration that a
 * process owner opens in their BPMN tool. Each process is a pool named after its owner, with a lane
 * per activity owner; support activities are service tasks, the others user tasks; triggers are
 * sequence flows within a pool and message flows between pools; performers are performer roles
 * with a resource each; each system an activity uses is a data store it writes to. Every element carries its catalogue name, kind and blueprint lane in the
 * journey namespace, so that `journey import --format bpmn` gets back what BPMN alone cannot say.
 * {@link BpmnDiagramLayout} draws it.
 */
public final class BpmnExport {

	/** The BPMN text, and the triggers it could not draw because they lead out of the file. */
	public record Result(String xml, List<String> notes) {
	}

	private final BpmnModelInstance bpmn = Bpmn.createEmptyModel();
	private final Definitions definitions;
	private final Collaboration collaboration;
	private final Map<Activity, Task> tasks = new LinkedHashMap<>();
	private final Map<Technology, DataStore> stores = new LinkedHashMap<>();
	private final Map<Party, Resource> resources = new LinkedHashMap<>();
	private final BpmnDiagramLayout.Drawing drawing = new BpmnDiagramLayout.Drawing();
	private final List<String> notes = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();

	private BpmnExport(String packageName) {
		definitions = bpmn.newInstance(Definitions.class, id("Definitions_" + packageName.replace('.', '_')));
		definitions.setTargetNamespace("http://journey.dev/bpmn/" + packageName);
		definitions.setAttributeValue("exporter", "Journey");
		bpmn.setDefinitions(definitions);
		definitions.getDomElement().registerNamespace(BpmnNames.JOURNEY_PREFIX, BpmnNames.JOURNEY_NS);
		collaboration = bpmn.newInstance(Collaboration.class, id("Collaboration_" + packageName.replace('.', '_')));
		definitions.getRootElements().add(collaboration);
	}

	/** Whether the file has a process to export. */
	public static boolean hasProcesses(JourneyModel model) {
		return !model.getProcesses().isEmpty();
	}

	/** The file's processes as BPMN, checked against BPMN's schema by Camunda's model API. */
	public static Result of(JourneyModel model) {
		BpmnExport export = new BpmnExport(model.getName() == null ? "journey" : model.getName());
		for (Process process : model.getProcesses()) {
			export.process(process);
		}
		export.flows(model);
		BpmnDiagramLayout.draw(export.bpmn, export.collaboration, export.drawing);
		Bpmn.validateModel(export.bpmn);
		return new Result(Bpmn.convertToString(export.bpmn) + "\n", List.copyOf(export.notes));
	}

	private void process(Process process) {
		String key = process.getName();
		org.camunda.bpm.model.bpmn.instance.Process bpmnProcess = bpmn.newInstance(org.camunda.bpm.model.bpmn.instance.Process.class,
				id("Process_" + key));
		bpmnProcess.setName(text(JourneyQueries.label(process)));
		bpmnProcess.setExecutable(false);
		named(bpmnProcess, process);
		document(bpmnProcess, process.getDescription());
		definitions.getRootElements().add(bpmnProcess);

		Participant pool = bpmn.newInstance(Participant.class, id("Participant_" + key));
		pool.setProcess(bpmnProcess);
		if (process.getOwner() != null) {
			pool.setName(text(JourneyQueries.label(process.getOwner())));
			owner(pool, process.getOwner());
		}
		collaboration.getParticipants().add(pool);
		BpmnDiagramLayout.Pool drawn = drawing.pool(pool);

		// a lane per owner, in the order the activities name them; activities without an owner share an unnamed lane
		Map<Party, List<Activity>> byOwner = new LinkedHashMap<>();
		for (Activity activity : process.getActivities()) {
			byOwner.computeIfAbsent(activity.getOwner(), owner -> new ArrayList<>()).add(activity);
		}
		LaneSet laneSet = bpmn.newInstance(LaneSet.class, id("LaneSet_" + key));
		if (!byOwner.isEmpty()) {
			bpmnProcess.getLaneSets().add(laneSet);
		}
		int laneNumber = 0;
		for (Map.Entry<Party, List<Activity>> entry : byOwner.entrySet()) {
			Lane lane = bpmn.newInstance(Lane.class, id("Lane_" + key + "_" + (entry.getKey() != null ? entry.getKey().getName() : "unowned" + laneNumber)));
			laneNumber++;
			if (entry.getKey() != null) {
				lane.setName(text(JourneyQueries.label(entry.getKey())));
				owner(lane, entry.getKey());
			}
			laneSet.getLanes().add(lane);
			BpmnDiagramLayout.Band band = drawn.lane(lane);
			for (Activity activity : entry.getValue()) {
				Task task = activity.getLane() == journey.dsl.model.Lane.SUPPORT
						? bpmn.newInstance(ServiceTask.class, id("Activity_" + key + "_" + activity.getName()))
						: bpmn.newInstance(UserTask.class, id("Activity_" + key + "_" + activity.getName()));
				task.setName(text(JourneyQueries.label(activity)));
				named(task, activity);
				task.setAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.LANE, activity.getLane().getLiteral());
				document(task, activity.getDescription());
				for (Party performer : activity.getPerformers()) {
					Performer role = bpmn.newInstance(Performer.class, id("Performer_" + key + "_" + activity.getName() + "_" + performer.getName()));
					role.setResource(resource(performer));
					task.getResourceRoles().add(role);
				}
				bpmnProcess.getFlowElements().add(task);
				lane.getFlowNodeRefs().add(task);
				tasks.put(activity, task);
				band.task(task);
			}
		}
		// a data store reference per system the process uses, and an association from each task that uses it
		Map<Technology, DataStoreReference> references = new LinkedHashMap<>();
		for (Activity activity : process.getActivities()) {
			for (Technology system : activity.getSystems()) {
				DataStoreReference reference = references.computeIfAbsent(system, s -> {
					DataStoreReference ref = bpmn.newInstance(DataStoreReference.class, id("DataStoreReference_" + key + "_" + s.getName()));
					ref.setName(text(JourneyQueries.label(s)));
					named(ref, s);
					ref.setDataStore(store(s));
					bpmnProcess.getFlowElements().add(ref);
					drawn.store(ref);
					return ref;
				});
				Task task = tasks.get(activity);
				DataOutputAssociation association = bpmn.newInstance(DataOutputAssociation.class,
						id("DataOutputAssociation_" + key + "_" + activity.getName() + "_" + system.getName()));
				association.setTarget(reference);
				task.getDataOutputAssociations().add(association);
				drawing.association(association, task, reference);
			}
		}
	}

	/** Triggers as sequence flows within a pool and message flows between pools. */
	private void flows(JourneyModel model) {
		for (Map.Entry<Activity, Task> entry : tasks.entrySet()) {
			Activity activity = entry.getKey();
			Task source = entry.getValue();
			for (Activity triggered : activity.getTriggers()) {
				Task target = tasks.get(triggered);
				if (target == null) {
					notes.add("the trigger from " + CatalogueMerge.qualified(activity) + " to " + CatalogueMerge.qualified(triggered)
							+ " is not in the BPMN file: " + CatalogueMerge.qualified(triggered) + " is a process of another file");
					continue;
				}
				String flowId = "Flow_" + source.getId().substring("Activity_".length()) + "_to_" + triggered.getName();
				if (source.getParentElement() == target.getParentElement()) {
					SequenceFlow flow = bpmn.newInstance(SequenceFlow.class, id(flowId));
					((org.camunda.bpm.model.bpmn.instance.Process) source.getParentElement()).getFlowElements().add(flow);
					flow.setSource(source);
					flow.setTarget(target);
					source.getOutgoing().add(flow);
					target.getIncoming().add(flow);
					drawing.sequence(flow, source, target);
				} else {
					MessageFlow flow = bpmn.newInstance(MessageFlow.class, id("Message" + flowId));
					flow.setSource(source);
					flow.setTarget(target);
					collaboration.getMessageFlows().add(flow);
					drawing.message(flow, source, target);
				}
			}
		}
	}

	/** The resource that stands for a performer, once per party. */
	private Resource resource(Party party) {
		return resources.computeIfAbsent(party, p -> {
			Resource resource = bpmn.newInstance(Resource.class, id("Resource_" + p.getName()));
			resource.setName(text(JourneyQueries.label(p)));
			owner(resource, p);
			definitions.getRootElements().add(resource);
			return resource;
		});
	}

	private DataStore store(Technology system) {
		return stores.computeIfAbsent(system, s -> {
			DataStore store = bpmn.newInstance(DataStore.class, id("DataStore_" + s.getName()));
			store.setName(text(JourneyQueries.label(s)));
			named(store, s);
			definitions.getRootElements().add(store);
			return store;
		});
	}

	private static void named(BaseElement element, NamedElement named) {
		element.setAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.NAME, named.getName());
	}

	private static void owner(BaseElement element, Party owner) {
		named(element, owner);
		String kind = owner instanceof Team team ? team.getKind().getLiteral() : owner instanceof Person ? "person" : null;
		if (kind != null) {
			element.setAttributeValueNs(BpmnNames.JOURNEY_NS, BpmnNames.KIND, kind);
		}
	}

	private void document(BaseElement element, String description) {
		if (description != null && !description.isBlank()) {
			Documentation documentation = bpmn.newInstance(Documentation.class);
			documentation.setTextContent(text(description));
			element.getDocumentations().add(documentation);
		}
	}

	/**
	 * Model text as XML may hold it: XML 1.0 has no way to write most control characters, not even
	 * as a character reference, so they are left out as in every other export ({@link OutputText}).
	 */
	private static String text(String modelText) {
		return OutputText.clean(modelText);
	}

	/** The wanted id, or with a number added where an element has it already: BPMN ids are unique in the file, names need not be. */
	private String id(String wanted) {
		String unique = wanted;
		for (int n = 2; !ids.add(unique); n++) {
			unique = wanted + "_" + n;
		}
		return unique;
	}
}
