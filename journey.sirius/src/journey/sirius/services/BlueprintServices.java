package journey.sirius.services;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Lane;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Technology;
import journey.dsl.model.Touchpoint;
import journey.dsl.analytics.OwnershipMatrix;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;

/**
 * The services of the service blueprint (the company journey map): which activities stand in
 * which lane under a stage, what needs an owner or support, and the blueprint's editing tools.
 * Activities live in the shared catalogue, so the blueprint of one journey changes another
 * journey only where the modeler edits the activity itself. Stateless.
 */
public class BlueprintServices {

	// ------------------------------------------------------------------ labels and candidates

	/** The activity's title and the team that owns it (directly or through its process). */
	public String activityLabel(Activity activity) {
		String owner = ownerTeamName(activity);
		return JourneyQueries.label(activity) + "\nowner: " + (owner.isEmpty() ? "nobody" : owner);
	}

	/** The owner of an activity, with the team of an owning person: "Ines Bakker (Trip planning)". */
	private static String ownerTeamName(Activity activity) {
		Party owner = Ownership.ownerOf(activity);
		if (owner == null || owner.eIsProxy()) {
			return "";
		}
		var team = JourneyQueries.teamOf(owner);
		return team == null || team == owner ? JourneyQueries.label(owner) : JourneyQueries.label(owner) + " (" + JourneyQueries.label(team) + ")";
	}

	/** The touchpoints of a stage that name physical evidence. */
	public List<Touchpoint> evidenceTouchpoints(Stage stage) {
		return JourneyQueries.touchpoints(stage).stream().filter(t -> !t.getEvidence().isEmpty()).toList();
	}

	public String evidenceLabel(Touchpoint touchpoint) {
		return String.join("\n", touchpoint.getEvidence());
	}

	/** The activities of one lane (frontstage, backstage, support) behind the stage, the triggered ones included, in map order. */
	public List<Activity> laneActivities(Stage stage, String lane) {
		Lane wanted = Lane.get(lane);
		return JourneyQueries.activitiesBehind(stage).stream().filter(a -> a.getLane() == wanted).toList();
	}

	/** The systems the activities behind the journey use, each once. */
	public List<Technology> systemsUsed(Journey journey) {
		Set<Technology> systems = new LinkedHashSet<>();
		for (Stage stage : journey.getStages()) {
			for (Activity activity : JourneyQueries.activitiesBehind(stage)) {
				activity.getSystems().stream().filter(system -> !system.eIsProxy()).forEach(systems::add);
			}
		}
		return new ArrayList<>(systems);
	}

	/** Whether nobody answers for the element: an activity without owner, a touchpoint without owners, a solution without owner. */
	public boolean isUnowned(EObject element) {
		if (element instanceof Activity activity) {
			return Ownership.ownerOf(activity) == null;
		}
		if (element instanceof Touchpoint touchpoint) {
			return Ownership.ownersOf(touchpoint).isEmpty();
		}
		return element instanceof Solution solution && solution.getOwner() == null;
	}

	/** Whether no activity inside supports the touchpoint. */
	public boolean isUnsupported(EObject element) {
		return element instanceof Touchpoint touchpoint && touchpoint.getSupportedBy().isEmpty();
	}

	/**
	 * The touchpoints and activities of the journey that need an owner or support: the ownership
	 * matrix's unowned touchpoints, the touchpoints no activity supports, and the activities
	 * behind the journey without an owner.
	 */
	public List<NamedElement> attentionNeeded(Journey journey) {
		Set<NamedElement> elements = new LinkedHashSet<>();
		Set<Touchpoint> unowned = new LinkedHashSet<>();
		OwnershipMatrix.of(journey).unowned().forEach(entry -> unowned.add(entry.touchpoint()));
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
			if (isUnsupported(touchpoint) || unowned.contains(touchpoint)) {
				elements.add(touchpoint);
			}
		}
		for (Stage stage : journey.getStages()) {
			for (Activity activity : JourneyQueries.activitiesBehind(stage)) {
				if (isUnowned(activity)) {
					elements.add(activity);
				}
			}
		}
		return new ArrayList<>(elements);
	}

	public String attentionLabel(NamedElement element) {
		List<String> reasons = new ArrayList<>();
		if (isUnsupported(element)) {
			reasons.add("no supporting activity");
		}
		if (isUnowned(element)) {
			reasons.add("no owner");
		}
		return JourneyQueries.label(element) + ": " + String.join(", ", reasons);
	}

	// ------------------------------------------------------------------ editing

	/**
	 * An activity in the given lane behind the stage: it joins the process already behind the stage
	 * (else the first visible process) and supports the stage's first touchpoint, which is what
	 * places it under the stage. Returns null, changing nothing, when the stage has no touchpoint
	 * or no process is visible.
	 */
	public Activity createActivity(Stage stage, String lane) {
		List<Touchpoint> touchpoints = JourneyQueries.touchpoints(stage);
		Process process = processFor(stage);
		if (touchpoints.isEmpty() || process == null) {
			return null;
		}
		Activity activity = JourneyFactory.eINSTANCE.createActivity();
		activity.setName(ElementServices.freeName(process, "NewActivity"));
		activity.setLane(Lane.get(lane));
		process.getActivities().add(activity);
		touchpoints.get(0).getSupportedBy().add(activity);
		return activity;
	}

	/** Whether an activity can be created under the stage: it has a touchpoint and a process is visible. */
	public boolean canCreateActivity(Stage stage) {
		return !JourneyQueries.touchpoints(stage).isEmpty() && processFor(stage) != null;
	}

	private static Process processFor(Stage stage) {
		for (Activity activity : JourneyQueries.activitiesServing(stage)) {
			Process process = JourneyQueries.processOf(activity);
			if (process != null && !activity.eIsProxy()) {
				return process;
			}
		}
		List<Process> visible = JourneyQueries.visibleFrom(stage, JourneyPackage.Literals.SOLUTION__PROCESSES, Process.class);
		return visible.isEmpty() ? null : visible.get(0);
	}

	/** The activity moves to another lane; the lane is the activity's own, so every journey's blueprint shows the move. */
	public Activity moveToLane(Activity activity, String lane) {
		activity.setLane(Lane.get(lane));
		return activity;
	}

	/**
	 * Deleting an activity on one journey's blueprint takes it out of that journey: no touchpoint
	 * of the journey is supported by it any more. The activity itself, which lives in the shared
	 * catalogue, is deleted only when no journey and no other activity refers to it any longer.
	 */
	public Activity removeActivity(Activity activity, Journey journey) {
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
			touchpoint.getSupportedBy().remove(activity);
		}
		if (EcoreUtil.UsageCrossReferencer.find(activity, ElementServices.journeyResources(activity)).isEmpty()) {
			EcoreUtil.remove(activity);
		}
		return activity;
	}

	/** The touchpoint becomes supported by the activity (once). */
	public Touchpoint linkSupport(Touchpoint touchpoint, Activity activity) {
		if (!touchpoint.getSupportedBy().contains(activity)) {
			touchpoint.getSupportedBy().add(activity);
		}
		return touchpoint;
	}

	public Touchpoint unlinkSupport(Touchpoint touchpoint, Activity activity) {
		touchpoint.getSupportedBy().remove(activity);
		return touchpoint;
	}

	/** The touchpoint is supported by another activity instead, in the same place of its list. */
	public Touchpoint reconnectSupportTarget(Touchpoint touchpoint, Activity oldActivity, Activity newActivity) {
		EList<Activity> supportedBy = touchpoint.getSupportedBy();
		int index = supportedBy.indexOf(oldActivity);
		if (index < 0 || oldActivity == newActivity) {
			return touchpoint;
		}
		if (supportedBy.contains(newActivity)) {
			supportedBy.remove(index);
		} else {
			supportedBy.set(index, newActivity);
		}
		return touchpoint;
	}

	/** The activity supports another touchpoint instead of the old one. */
	public Touchpoint reconnectSupportSource(Touchpoint oldTouchpoint, Touchpoint newTouchpoint, Activity activity) {
		if (oldTouchpoint != newTouchpoint && oldTouchpoint.getSupportedBy().remove(activity)) {
			linkSupport(newTouchpoint, activity);
		}
		return newTouchpoint;
	}

	/** The activity triggers another one (once): the line of internal interaction. */
	public Activity linkTrigger(Activity activity, Activity triggered) {
		if (activity != triggered && !activity.getTriggers().contains(triggered)) {
			activity.getTriggers().add(triggered);
		}
		return activity;
	}

	public Activity unlinkTrigger(Activity activity, Activity triggered) {
		activity.getTriggers().remove(triggered);
		return activity;
	}

	/** The activity no longer uses the system. */
	public Activity unlinkSystem(Activity activity, Technology system) {
		activity.getSystems().remove(system);
		return activity;
	}
}
