package journey.dsl.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Moment;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Team;
import journey.dsl.model.Person;
import journey.dsl.model.Touchpoint;

/**
 * Questions about a journey that validation, the generators, the analytics and the diagrams all
 * ask: which steps and touchpoints it has in map order, who stands behind a touchpoint, who owns
 * an activity. Each is answered once, here.
 */
public final class JourneyQueries {

	/**
	 * The most steps a journey may have: its map, one column per step, is then some 180,000 pixels
	 * wide, about what a browser still draws, and its step flow is the largest ELK lays out in time.
	 */
	public static final int MOST_STEPS_DRAWN = 1000;

	private JourneyQueries() {
	}

	/** The journey an element belongs to, or null for catalogue elements. */
	public static Journey journeyOf(EObject element) {
		return ancestor(element, Journey.class);
	}

	/** The stage an element of a journey belongs to. */
	public static Stage stageOf(EObject element) {
		return ancestor(element, Stage.class);
	}

	/** The step a touchpoint, pain point or success belongs to (the step itself for a step). */
	public static Step stepOf(EObject element) {
		return ancestor(element, Step.class);
	}

	/** Every step of the journey, stage by stage, in map order. */
	public static List<Step> steps(Journey journey) {
		List<Step> steps = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			steps.addAll(stage.getSteps());
		}
		return steps;
	}

	/** Every touchpoint of the journey, in map order. */
	public static List<Touchpoint> touchpoints(Journey journey) {
		List<Touchpoint> touchpoints = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			touchpoints.addAll(touchpoints(stage));
		}
		return touchpoints;
	}

	/** Every touchpoint of the stage, in map order. */
	public static List<Touchpoint> touchpoints(Stage stage) {
		List<Touchpoint> touchpoints = new ArrayList<>();
		for (Step step : stage.getSteps()) {
			touchpoints.addAll(step.getTouchpoints());
		}
		return touchpoints;
	}

	/** Every step and touchpoint of the journey, each step followed by its touchpoints. */
	public static List<Moment> moments(Journey journey) {
		List<Moment> moments = new ArrayList<>();
		for (Step step : steps(journey)) {
			moments.add(step);
			moments.addAll(step.getTouchpoints());
		}
		return moments;
	}

	/** The process an activity belongs to. */
	public static Process processOf(Activity activity) {
		return activity.eContainer() instanceof Process process ? process : null;
	}

	/** The processes behind a touchpoint, through the activities that support it. */
	public static Set<Process> processesBehind(Touchpoint touchpoint) {
		Set<Process> processes = new LinkedHashSet<>();
		for (Activity activity : touchpoint.getSupportedBy()) {
			Process process = processOf(activity);
			if (process != null) {
				processes.add(process);
			}
		}
		return processes;
	}

	/** The touchpoints of the journey that an activity supports, in map order. */
	public static List<Touchpoint> touchpointsSupportedBy(Activity activity, Journey journey) {
		List<Touchpoint> supported = new ArrayList<>();
		for (Touchpoint touchpoint : touchpoints(journey)) {
			if (touchpoint.getSupportedBy().contains(activity)) {
				supported.add(touchpoint);
			}
		}
		return supported;
	}

	/** The stages an activity serves in a journey: those of the touchpoints it supports, in map order. */
	public static List<Stage> stagesServedBy(Activity activity, Journey journey) {
		Set<Stage> stages = new LinkedHashSet<>();
		for (Touchpoint touchpoint : touchpointsSupportedBy(activity, journey)) {
			stages.add(stageOf(touchpoint));
		}
		return new ArrayList<>(stages);
	}

	/** The activities behind the touchpoints of a stage, in map order, each once. */
	public static List<Activity> activitiesServing(Stage stage) {
		Set<Activity> activities = new LinkedHashSet<>();
		for (Touchpoint touchpoint : touchpoints(stage)) {
			activities.addAll(touchpoint.getSupportedBy());
		}
		return new ArrayList<>(activities);
	}

	/**
	 * The activities behind a stage, as the service blueprint shows them: those that support its
	 * touchpoints, then every activity they trigger, in map order, each once.
	 */
	public static List<Activity> activitiesBehind(Stage stage) {
		Set<Activity> activities = new LinkedHashSet<>();
		List<Activity> todo = new ArrayList<>(activitiesServing(stage));
		while (!todo.isEmpty()) {
			Activity activity = todo.remove(0);
			if (!activity.eIsProxy() && activities.add(activity)) {
				todo.addAll(activity.getTriggers());
			}
		}
		return new ArrayList<>(activities);
	}

	/**
	 * What a reference of the context element can name, as content assist and the linker see it:
	 * the scope provider's elements (the file's own package and what its imports name, whether
	 * {@code catalog.*} or {@code catalog.Website}), each once, of the given type, in scope order.
	 */
	public static <T extends EObject> List<T> visibleFrom(EObject context, EReference reference, Class<T> type) {
		if (!(context.eResource() instanceof XtextResource resource) || resource.getResourceServiceProvider() == null) {
			return List.of();
		}
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		Map<URI, T> visible = new LinkedHashMap<>();
		for (IEObjectDescription candidate : scopes.getScope(context, reference).getAllElements()) {
			if (type.isAssignableFrom(candidate.getEClass().getInstanceClass()) && !visible.containsKey(candidate.getEObjectURI())) {
				EObject element = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context);
				if (!element.eIsProxy() && type.isInstance(element)) {
					visible.put(candidate.getEObjectURI(), type.cast(element));
				}
			}
		}
		return new ArrayList<>(visible.values());
	}

	/** The team a party counts for: the team itself, or the team a person belongs to. */
	public static Team teamOf(Party party) {
		if (party instanceof Team team) {
			return team;
		}
		return party instanceof Person person ? person.getTeam() : null;
	}

	/** The analyst's word for a kind of element: "pain point", "KPI", "system", "team or person". */
	public static String kindOf(EClass type) {
		if (type == JourneyPackage.Literals.PARTY) {
			return "team or person";
		}
		if (type == JourneyPackage.Literals.TECHNOLOGY) {
			return "system";
		}
		if (type == JourneyPackage.Literals.KPI) {
			return "KPI";
		}
		if (type == JourneyPackage.Literals.MOMENT) {
			return "step or touchpoint";
		}
		if (type == JourneyPackage.Literals.CUSTOM_ROLE) {
			return "customer role";
		}
		if (type == JourneyPackage.Literals.MEMBER) {
			return "buying group member";
		}
		if (type == JourneyPackage.Literals.JOURNEY_MODEL) {
			return "file";
		}
		return words(type.getName());
	}

	/** A camel-case model name in plain words: customerGoal becomes "customer goal". */
	public static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	/** A readable label: the title, else the name. */
	public static String label(journey.dsl.model.NamedElement element) {
		if (element == null) {
			return "";
		}
		if (element.getTitle() != null && !element.getTitle().isBlank()) {
			return element.getTitle();
		}
		return element.getName() == null ? "" : element.getName();
	}

	/** The nearest container of the given type, the element itself included. */
	public static <T> T ancestor(EObject element, Class<T> type) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}
}
