package journey.bpmn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import journey.bpmn.BpmnCatalogue.ActivityKey;
import journey.bpmn.BpmnCatalogue.ActivityModel;
import journey.bpmn.BpmnCatalogue.Owner;
import journey.bpmn.BpmnCatalogue.ProcessModel;
import journey.bpmn.BpmnCatalogue.SystemUse;
import journey.dsl.model.Activity;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.Person;
import journey.dsl.model.Process;
import journey.dsl.model.Team;
import journey.dsl.model.Technology;
import journey.dsl.query.JourneyQueries;
import journey.report.imports.Identifiers;
import journey.report.imports.ImportSummary;

/**
 * Makes a catalogue say what a BPMN file says, changing only what differs. Elements are found by
 * name, then by title; the BPMN file decides what it holds (titles, owners, triggers, the systems
 * used, documentation), the catalogue keeps what it alone holds (descriptions that the BPMN does not
 * give, a lane chosen before, processes and elements the BPMN does not name). An activity gone from
 * the BPMN file is removed, unless a journey or another file still refers to it: then it is kept, and
 * the summary says who refers to it.
 */
final class CatalogueMerge {

	private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

	private final JourneyModel catalogue;
	private final ImportSummary summary;
	private final Map<String, Party> owners = new HashMap<>();
	private final Map<String, Technology> systems = new HashMap<>();
	/** The processes the BPMN file names; the others are left as they are. */
	private final Set<Process> named = new HashSet<>();
	/** What this import made: its values are not reported as changes. */
	private final Set<EObject> created = new HashSet<>();

	private CatalogueMerge(JourneyModel catalogue, ImportSummary summary) {
		this.catalogue = catalogue;
		this.summary = summary;
	}

	/**
	 * Changes the catalogue; {@code references} finds what refers to an element in the files loaded
	 * with it, after the change.
	 */
	static void apply(JourneyModel catalogue, BpmnCatalogue bpmn, Function<EObject, Collection<EObject>> references, ImportSummary summary) {
		CatalogueMerge merge = new CatalogueMerge(catalogue, summary);
		bpmn.owners().forEach(merge::owner);
		bpmn.systems().forEach(merge::system);
		List<Activity> gone = new ArrayList<>();
		Map<ActivityKey, Activity> activities = new HashMap<>();
		for (ProcessModel process : bpmn.processes()) {
			merge.process(process, activities, gone);
		}
		for (ProcessModel process : bpmn.processes()) {
			for (ActivityModel activity : process.activities()) {
				Activity target = activities.get(new ActivityKey(process.name(), activity.name()));
				List<String> changes = new ArrayList<>();
				merge.replace(target.getTriggers(), activity.triggers().stream().map(activities::get).filter(Objects::nonNull).toList(),
						"triggers", changes);
				if (!merge.created.contains(target) && !changes.isEmpty()) {
					summary.updated("activity " + qualified(target), String.join("; ", changes));
				}
			}
		}
		for (Process process : catalogue.getProcesses()) {
			if (!merge.named.contains(process)) {
				summary.kept("process " + process.getName(), "not in the BPMN file: left as it is");
			}
		}
		for (Activity activity : gone) {
			Collection<EObject> users = references.apply(activity).stream().filter(user -> !gone.contains(user)
					&& !EcoreUtil.isAncestor(activity, user)).toList();
			if (users.isEmpty()) {
				String name = qualified(activity);
				EcoreUtil.remove(activity);
				summary.removed("activity " + name, "no longer in the BPMN file");
			} else {
				summary.kept("activity " + qualified(activity), "no longer in the BPMN file, but " + describe(users)
						+ " still refer" + (users.size() == 1 ? "s" : "") + " to it; re-point " + (users.size() == 1 ? "it" : "them")
						+ " and import again to remove it");
			}
		}
	}

	private void owner(Owner owner) {
		Party existing = find(owner.person() ? catalogue.getPeople() : catalogue.getTeams(), owner.name(), owner.title());
		if (existing == null) {
			Party party;
			if (owner.person()) {
				Person person = FACTORY.createPerson();
				catalogue.getPeople().add(person);
				party = person;
			} else {
				Team team = FACTORY.createTeam();
				team.setKind(owner.kind());
				catalogue.getTeams().add(team);
				party = team;
			}
			party.setName(freeName(owner.name(), owner.person() ? "Person" : "Team"));
			party.setTitle(titleFor(party.getName(), owner.title()));
			created.add(party);
			summary.created(kindWord(party) + party.getName());
			existing = party;
		} else if (owner.title() != null && !saysTitle(existing, owner.title())) {
			summary.updated(kindWord(existing) + existing.getName(), "title '" + existing.getTitle() + "' → '" + owner.title() + "'");
			existing.setTitle(owner.title());
		}
		owners.put(owner.name(), existing);
		if (owner.partOf() != null && existing instanceof Team team) {
			Party parent = owners.get(owner.partOf());
			if (parent instanceof Team parentTeam && team.getPartOf() != parentTeam) {
				if (!created.contains(team)) {
					summary.updated(kindWord(team) + team.getName(), "part of " + parentTeam.getName());
				}
				team.setPartOf(parentTeam);
			}
		}
	}

	private void system(SystemUse system) {
		Technology existing = find(catalogue.getSystems(), system.name(), system.title());
		if (existing == null) {
			existing = FACTORY.createTechnology();
			existing.setName(freeName(system.name(), "System"));
			existing.setTitle(titleFor(existing.getName(), system.title()));
			catalogue.getSystems().add(existing);
			created.add(existing);
			summary.created("system " + existing.getName());
		}
		systems.put(system.name(), existing);
	}

	private void process(ProcessModel bpmn, Map<ActivityKey, Activity> activities, List<Activity> gone) {
		Process process = find(catalogue.getProcesses(), bpmn.name(), bpmn.title());
		boolean isNew = process == null;
		if (isNew) {
			process = FACTORY.createProcess();
			process.setName(freeName(bpmn.name(), "Process"));
			catalogue.getProcesses().add(process);
			created.add(process);
		}
		named.add(process);
		List<String> changes = new ArrayList<>();
		set(process, "title", bpmn.title(), changes);
		if (bpmn.owner() != null) {
			set(process, "owner", owners.get(bpmn.owner()), changes);
		}
		if (bpmn.description() != null) {
			set(process, "description", bpmn.description(), changes);
		}
		Set<Activity> seen = new LinkedHashSet<>();
		Activity previous = null;
		int added = 0;
		Map<ActivityModel, Activity> matches = matches(process, bpmn);
		for (ActivityModel model : bpmn.activities()) {
			Activity activity = matches.get(model);
			List<String> activityChanges = new ArrayList<>();
			if (activity == null) {
				activity = FACTORY.createActivity();
				activity.setName(Identifiers.unique(model.name(), "Activity",
						process.getActivities().stream().map(Activity::getName).collect(Collectors.toSet())));
				activity.setLane(model.lane());
				// in the BPMN file's order: after the activity read before it
				process.getActivities().add(previous == null ? 0 : process.getActivities().indexOf(previous) + 1, activity);
				created.add(activity);
				added++;
				if (!isNew) {
					summary.created("activity " + qualified(activity));
				}
			}
			seen.add(activity);
			previous = activity;
			activities.put(new ActivityKey(bpmn.name(), model.name()), activity);
			set(activity, "title", model.title(), activityChanges);
			if (model.owner() != null) {
				set(activity, "owner", owners.get(model.owner()), activityChanges);
			}
			if (model.description() != null) {
				set(activity, "description", model.description(), activityChanges);
			}
			replace(activity.getPerformers(), model.performers().stream().map(owners::get).toList(), "performed by", activityChanges);
			replace(activity.getSystems(), model.systems().stream().map(systems::get).toList(), "uses", activityChanges);
			if (!created.contains(activity) && !activityChanges.isEmpty()) {
				summary.updated("activity " + qualified(activity), String.join("; ", activityChanges));
			}
		}
		if (isNew) {
			summary.created("process " + process.getName() + " with " + added + " activit" + (added == 1 ? "y" : "ies"));
		} else if (!changes.isEmpty()) {
			summary.updated("process " + process.getName(), String.join("; ", changes));
		}
		for (Activity activity : process.getActivities()) {
			if (!seen.contains(activity)) {
				gone.add(activity);
			}
		}
	}

	/**
	 * The catalogue's activity for each BPMN activity: by name, then by title; then a task renamed in
	 * the BPMN file (new name, new title) is the unmatched activity in its place with its owner, so that
	 * it keeps its name and the links journeys hold to it.
	 */
	private Map<ActivityModel, Activity> matches(Process process, ProcessModel bpmn) {
		Map<ActivityModel, Activity> matches = new HashMap<>();
		List<Activity> existing = new ArrayList<>(process.getActivities());
		Set<Activity> taken = new HashSet<>();
		for (ActivityModel model : bpmn.activities()) {
			Activity activity = find(existing.stream().filter(a -> !taken.contains(a)).toList(), model.name(), model.title());
			if (activity != null) {
				matches.put(model, activity);
				taken.add(activity);
			}
		}
		for (int i = 0; i < bpmn.activities().size() && i < existing.size(); i++) {
			ActivityModel model = bpmn.activities().get(i);
			Activity inPlace = existing.get(i);
			if (!matches.containsKey(model) && !taken.contains(inPlace) && model.owner() != null
					&& inPlace.getOwner() == owners.get(model.owner())) {
				matches.put(model, inPlace);
				taken.add(inPlace);
			}
		}
		return matches;
	}

	/** Makes a list of references say what the BPMN file says, and notes the change in the words of the clause. */
	private static <T extends NamedElement> void replace(List<T> values, List<T> wanted, String clause, List<String> changes) {
		if (!values.equals(wanted)) {
			changes.add(clause + " " + names(values) + " → " + names(wanted));
			values.clear();
			values.addAll(wanted);
		}
	}

	/** Sets a value where it differs, and notes the change unless the element is new. */
	private void set(EObject element, String feature, Object value, List<String> changes) {
		if ("title".equals(feature) && value != null && saysTitle((NamedElement) element, (String) value)) {
			return;
		}
		EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
		Object before = element.eGet(structural);
		if (Objects.equals(before, value)) {
			return;
		}
		if (!created.contains(element)) {
			changes.add(feature + " " + shown(before) + " → " + shown(value));
		}
		element.eSet(structural, value);
	}

	private static String shown(Object value) {
		if (value == null) {
			return "none";
		}
		return value instanceof NamedElement named ? named.getName() : "'" + value + "'";
	}

	/** A name no top-level element of the catalogue has yet (the element being named has none yet). */
	private String freeName(String name, String kind) {
		Set<String> taken = new HashSet<>();
		for (EObject element : catalogue.eContents()) {
			if (element instanceof NamedElement other && other.getName() != null) {
				taken.add(other.getName());
			}
		}
		return Identifiers.unique(name, kind, taken);
	}

	/** The title a new element gets: a BPMN label that only repeats its name is no title. */
	private static String titleFor(String name, String label) {
		return label != null && label.equals(name) ? null : label;
	}

	/** Whether the element already shows this label: as its title, or as its name where it has no title. */
	private static boolean saysTitle(NamedElement element, String label) {
		return label.equals(element.getTitle()) || (element.getTitle() == null && label.equals(element.getName()));
	}

	/** The element with this name, else the only one with this title. */
	private static <T extends NamedElement> T find(List<? extends T> elements, String name, String title) {
		for (T element : elements) {
			if (name.equals(element.getName())) {
				return element;
			}
		}
		if (title != null) {
			List<? extends T> titled = elements.stream().filter(e -> title.equals(e.getTitle())).toList();
			if (titled.size() == 1) {
				return titled.get(0);
			}
		}
		return null;
	}

	private static String kindWord(Party party) {
		return party instanceof Team team ? team.getKind().getLiteral() + " " : "person ";
	}

	static String qualified(Activity activity) {
		Process process = JourneyQueries.processOf(activity);
		return (process == null ? "" : process.getName() + ".") + activity.getName();
	}

	private static String names(List<? extends NamedElement> elements) {
		if (elements.isEmpty()) {
			return "none";
		}
		return elements.stream().map(e -> e instanceof Activity a ? qualified(a) : e.getName()).collect(Collectors.joining(", "));
	}

	/** "touchpoint Pay (round-trip.journey:40)" for each element that refers. */
	private static String describe(Collection<EObject> users) {
		return users.stream().map(user -> {
			String kind = JourneyQueries.kindOf(user.eClass());
			String name = user instanceof NamedElement named ? " " + named.getName() : "";
			ICompositeNode node = NodeModelUtils.getNode(user);
			String where = user.eResource() == null ? "" : " (" + user.eResource().getURI().lastSegment()
					+ (node == null ? "" : ":" + node.getStartLine()) + ")";
			return kind + name + where;
		}).distinct().collect(Collectors.joining(", "));
	}
}
