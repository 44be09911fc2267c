package journey.sirius.services;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import journey.dsl.model.Activity;
import journey.dsl.model.Channel;
import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.Kpi;
import journey.dsl.model.Lane;
import journey.dsl.model.Moment;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Technology;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;

/**
 * The Java services behind the Journey viewpoint's AQL expressions and tools: labels, semantic
 * candidates and every edit a tool makes. Stateless; the first parameter is always the element the
 * expression is evaluated on. Model logic that validation also needs is delegated to
 * {@link JourneyQueries}; every edit leaves the model in a state the grammar can serialize.
 */
public class JourneyServices {

	private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

	// ------------------------------------------------------------------ labels

	/** The title shown for an element: its title, else its name. */
	public String displayName(NamedElement element) {
		return JourneyQueries.label(element);
	}

	/** The step's title, the customer role it is taken in and how many customers reach it. */
	public String stepLabel(Step step) {
		List<String> facts = new ArrayList<>();
		if (step.eIsSet(step.eClass().getEStructuralFeature("role"))) {
			facts.add("as " + step.getRole().getLiteral());
		}
		if (step.getReached() != null) {
			facts.add("reached by " + step.getReached());
		}
		return facts.isEmpty() ? displayName(step) : displayName(step) + "\n" + String.join(", ", facts);
	}

	/** The touchpoint's title, its channel and its emotion on the journey's scale. */
	public String touchpointLabel(Touchpoint touchpoint) {
		StringBuilder label = new StringBuilder(displayName(touchpoint));
		String channel = channelName(touchpoint);
		if (!channel.isEmpty()) {
			label.append("\nvia ").append(channel);
		}
		String emotion = emotionText(touchpoint);
		if (!emotion.isEmpty()) {
			label.append("\nfeels ").append(emotion);
		}
		return label.toString();
	}

	public String channelName(Touchpoint touchpoint) {
		Channel channel = touchpoint.getChannel();
		return channel == null || channel.eIsProxy() ? "" : displayName(channel);
	}

	/** The emotion as the scale names it, with its value: "very negative (-2)"; empty when none is given. */
	public String emotionText(Moment moment) {
		Integer emotion = moment.getEmotion();
		if (emotion == null) {
			return "";
		}
		String label = EmotionScales.of(JourneyQueries.journeyOf(moment)).label(emotion);
		return label.equals(Integer.toString(emotion)) ? label : label + " (" + emotion + ")";
	}

	/**
	 * Where the emotion lies on the journey's scale: "negative" below its middle, "positive" above,
	 * "neutral" on it, "none" without an emotion. Colours and icons are chosen by this band.
	 */
	public String emotionBand(Moment moment) {
		Integer emotion = moment.getEmotion();
		if (emotion == null) {
			return "none";
		}
		EmotionScales.Scale scale = EmotionScales.of(JourneyQueries.journeyOf(moment));
		int doubled = 2 * emotion;
		int middle = scale.min() + scale.max();
		return doubled < middle ? "negative" : doubled > middle ? "positive" : "neutral";
	}

	public String flowLabel(Flow flow) {
		StringBuilder label = new StringBuilder(flow.getKind() == FlowKind.DROPOUT ? "drops" : flow.getKind().getLiteral());
		if (flow.getShare() != null) {
			label.append(' ').append(flow.getShare().toPlainString()).append('%');
		}
		if (flow.getReason() != null) {
			label.append(": ").append(flow.getReason());
		}
		return label.toString();
	}

	public String painPointLabel(PainPoint painPoint) {
		String severity = painPoint.getSeverity() == null || !painPoint.eIsSet(painPoint.eClass().getEStructuralFeature("severity")) ? ""
				: " [" + painPoint.getSeverity().getLiteral() + "]";
		return displayName(painPoint) + severity;
	}

	/** The activity's title and the team that owns it (directly or through its process). */
	public String activityLabel(Activity activity) {
		String owner = ownerTeamName(activity);
		return displayName(activity) + "\nowner: " + (owner.isEmpty() ? "nobody" : owner);
	}

	/** The team behind the owner of an activity: the owning team, or the team of the owning person. */
	public String ownerTeamName(Activity activity) {
		Party owner = JourneyQueries.ownerOf(activity);
		if (owner == null) {
			return "";
		}
		var team = JourneyQueries.teamOf(owner);
		return team == null || team == owner ? displayName(owner) : displayName(owner) + " (" + displayName(team) + ")";
	}

	/** The owner of anything with an owner feature, as shown on the board and in the KPI table. */
	public String ownerName(EObject element) {
		Object owner = element instanceof Activity activity ? JourneyQueries.ownerOf(activity) : valueOf(element, "owner");
		return owner instanceof NamedElement named ? displayName(named) : "";
	}

	public String stakeholderNames(Solution solution) {
		return names(solution.getStakeholders());
	}

	public String kpiNames(Solution solution) {
		return names(solution.getKpis());
	}

	public String insightLabel(Insight insight) {
		String source = insight.getSource() == null || !insight.eIsSet(insight.eClass().getEStructuralFeature("source")) ? ""
				: "\nfrom " + insight.getSource().getLiteral();
		String about = insight.getTouchpoints().isEmpty() ? "" : "\nabout " + names(insight.getTouchpoints());
		return displayName(insight) + source + about;
	}

	public String opportunityLabel(Opportunity opportunity) {
		StringBuilder label = new StringBuilder(displayName(opportunity));
		if (opportunity.eIsSet(opportunity.eClass().getEStructuralFeature("kind"))) {
			label.append("\n").append(opportunity.getKind().getLiteral());
		}
		if (opportunity.eIsSet(opportunity.eClass().getEStructuralFeature("customerValue"))) {
			label.append("\ncustomer value ").append(opportunity.getCustomerValue().getLiteral());
		}
		return label.toString();
	}

	/** A solution with its status, owner, stakeholders and KPIs, one per line. */
	public String solutionLabel(Solution solution) {
		StringBuilder label = new StringBuilder(displayName(solution));
		if (solution.eIsSet(solution.eClass().getEStructuralFeature("status"))) {
			label.append(" [").append(solution.getStatus().getLiteral()).append(']');
		}
		label.append("\nowner: ").append(ownerName(solution).isEmpty() ? "nobody" : ownerName(solution));
		if (!solution.getStakeholders().isEmpty()) {
			label.append("\nstakeholders: ").append(stakeholderNames(solution));
		}
		if (!solution.getKpis().isEmpty()) {
			label.append("\nKPIs: ").append(kpiNames(solution));
		}
		return label.toString();
	}

	// ------------------------------------------------------------------ KPIs

	/** Every KPI of the journey: the journey's own, then stage by stage with its touchpoints. */
	public List<Kpi> allKpis(Journey journey) {
		List<Kpi> kpis = new ArrayList<>(journey.getKpis());
		for (Stage stage : journey.getStages()) {
			kpis.addAll(stage.getKpis());
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
				kpis.addAll(touchpoint.getKpis());
			}
		}
		return kpis;
	}

	/** What the KPI measures: "journey", "stage Orientation" or "touchpoint Tour package page". */
	public String kpiSubject(Kpi kpi) {
		EObject measured = kpi.eContainer();
		if (measured instanceof Touchpoint touchpoint) {
			return "touchpoint " + displayName(touchpoint);
		}
		if (measured instanceof Stage stage) {
			return "stage " + displayName(stage);
		}
		return measured instanceof Journey journey ? "journey " + displayName(journey) : "";
	}

	public String kpiTarget(Kpi kpi) {
		return number(kpi, kpi.getTarget());
	}

	public String kpiActual(Kpi kpi) {
		return number(kpi, kpi.getActual());
	}

	/** "met", "missed" or "no data", as the validation and the analytics compute it. */
	public String kpiStatus(Kpi kpi) {
		return switch (KpiKinds.status(kpi)) {
			case MET -> "met";
			case MISSED -> "missed";
			case NO_DATA -> "no data";
		};
	}

	public String kpiCadence(Kpi kpi) {
		return kpi.eIsSet(kpi.eClass().getEStructuralFeature("cadence")) ? kpi.getCadence().getLiteral() : "";
	}

	/** Sets the target from what the user typed ("35", "35%", "4.5"); anything else leaves it unchanged. */
	public Kpi editKpiTarget(Kpi kpi, String text) {
		BigDecimal value = parseNumber(text);
		if (value != null || text == null || text.isBlank()) {
			kpi.setTarget(value);
		}
		return kpi;
	}

	public Kpi editKpiActual(Kpi kpi, String text) {
		BigDecimal value = parseNumber(text);
		if (value != null || text == null || text.isBlank()) {
			kpi.setActual(value);
		}
		return kpi;
	}

	// ------------------------------------------------------------------ blueprint candidates

	/** The touchpoints of a stage, in map order. */
	public List<Touchpoint> stageTouchpoints(Stage stage) {
		return JourneyQueries.touchpoints(stage);
	}

	/** The touchpoints of a stage that name physical evidence. */
	public List<Touchpoint> evidenceTouchpoints(Stage stage) {
		return JourneyQueries.touchpoints(stage).stream().filter(t -> !t.getEvidence().isEmpty()).toList();
	}

	public String evidenceLabel(Touchpoint touchpoint) {
		return String.join("\n", touchpoint.getEvidence());
	}

	/** The activities of one lane (frontstage, backstage, support) that serve the stage, in map order. */
	public List<Activity> laneActivities(Stage stage, String lane) {
		Lane wanted = Lane.get(lane);
		return JourneyQueries.activitiesServing(stage).stream().filter(a -> a.getLane() == wanted).toList();
	}

	/** The systems the activities behind the journey use, each once. */
	public List<Technology> systemsUsed(Journey journey) {
		Set<Technology> systems = new LinkedHashSet<>();
		for (Stage stage : journey.getStages()) {
			for (Activity activity : JourneyQueries.activitiesServing(stage)) {
				systems.addAll(activity.getSystems());
			}
		}
		return new ArrayList<>(systems);
	}

	/** Whether nobody answers for the element: an activity without owner, a touchpoint without owners. */
	public boolean isUnowned(EObject element) {
		if (element instanceof Activity activity) {
			return JourneyQueries.ownerOf(activity) == null;
		}
		if (element instanceof Touchpoint touchpoint) {
			return JourneyQueries.ownersOf(touchpoint).isEmpty();
		}
		return element instanceof Solution solution && solution.getOwner() == null;
	}

	/** Whether no activity inside supports the touchpoint. */
	public boolean isUnsupported(EObject element) {
		return element instanceof Touchpoint touchpoint && touchpoint.getSupportedBy().isEmpty();
	}

	/** The touchpoints and activities of the journey that need an owner or support. */
	public List<NamedElement> attentionNeeded(Journey journey) {
		Set<NamedElement> elements = new LinkedHashSet<>();
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
			if (isUnsupported(touchpoint) || isUnowned(touchpoint)) {
				elements.add(touchpoint);
			}
		}
		for (Stage stage : journey.getStages()) {
			for (Activity activity : JourneyQueries.activitiesServing(stage)) {
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
		return displayName(element) + ": " + String.join(", ", reasons);
	}

	/** The pain points of the journey, in map order. */
	public List<PainPoint> painPoints(Journey journey) {
		List<PainPoint> painPoints = new ArrayList<>();
		for (Moment moment : JourneyQueries.moments(journey)) {
			painPoints.addAll(moment.getPainPoints());
		}
		return painPoints;
	}

	/** The drop-outs of the journey's steps, shown as end nodes of the journey map. */
	public List<Flow> dropOuts(Journey journey) {
		List<Flow> flows = new ArrayList<>();
		for (Step step : JourneyQueries.steps(journey)) {
			step.getFlows().stream().filter(f -> f.getKind() == FlowKind.DROPOUT).forEach(flows::add);
		}
		return flows;
	}

	/** The flows between steps (next, alternative, loop). */
	public List<Flow> stepFlows(Journey journey) {
		List<Flow> flows = new ArrayList<>();
		for (Step step : JourneyQueries.steps(journey)) {
			step.getFlows().stream().filter(f -> f.getKind() != FlowKind.DROPOUT && f.getTarget() != null).forEach(flows::add);
		}
		return flows;
	}

	// ------------------------------------------------------------------ creation tools

	public Stage createStage(Journey journey) {
		Stage stage = FACTORY.createStage();
		stage.setName(uniqueName(journey, "NewStage"));
		journey.getStages().add(stage);
		return stage;
	}

	public Step createStep(Stage stage) {
		Step step = FACTORY.createStep();
		step.setName(uniqueName(JourneyQueries.journeyOf(stage), "NewStep"));
		stage.getSteps().add(step);
		return step;
	}

	/** A touchpoint on the step, via the channel the journey uses most recently before it, else the first visible one. */
	public Touchpoint createTouchpoint(Step step) {
		Touchpoint touchpoint = FACTORY.createTouchpoint();
		touchpoint.setName(uniqueName(JourneyQueries.journeyOf(step), "NewTouchpoint"));
		touchpoint.setChannel(defaultChannel(step));
		step.getTouchpoints().add(touchpoint);
		return touchpoint;
	}

	/** The channel a new touchpoint gets: the step's last one, else the journey's first, else the first visible channel. */
	public Channel defaultChannel(Step step) {
		for (int i = step.getTouchpoints().size() - 1; i >= 0; i--) {
			Channel channel = step.getTouchpoints().get(i).getChannel();
			if (channel != null && !channel.eIsProxy()) {
				return channel;
			}
		}
		Journey journey = JourneyQueries.journeyOf(step);
		if (journey != null) {
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
				if (touchpoint.getChannel() != null && !touchpoint.getChannel().eIsProxy()) {
					return touchpoint.getChannel();
				}
			}
		}
		List<Channel> visible = JourneyQueries.visibleFrom(step, Channel.class);
		return visible.isEmpty() ? null : visible.get(0);
	}

	/** A pain point on a step or touchpoint. */
	public PainPoint createPainPoint(Moment moment) {
		PainPoint painPoint = FACTORY.createPainPoint();
		painPoint.setName(uniqueName(JourneyQueries.journeyOf(moment), "NewPainPoint"));
		moment.getPainPoints().add(painPoint);
		return painPoint;
	}

	public Insight createInsight(Journey journey) {
		Insight insight = FACTORY.createInsight();
		insight.setName(uniqueName(journey, "NewInsight"));
		journey.getInsights().add(insight);
		return insight;
	}

	public Opportunity createOpportunity(Journey journey) {
		Opportunity opportunity = FACTORY.createOpportunity();
		opportunity.setName(uniqueName(journey, "NewOpportunity"));
		journey.getOpportunities().add(opportunity);
		return opportunity;
	}

	public Solution createSolution(Journey journey) {
		Solution solution = FACTORY.createSolution();
		solution.setName(uniqueName(journey, "NewSolution"));
		journey.getSolutions().add(solution);
		return solution;
	}

	/**
	 * An activity in the given lane that serves the stage: it joins the process already behind the
	 * stage (else the first visible process) and supports the stage's first touchpoint, which is
	 * what places it under the stage. Returns null, changing nothing, when the stage has no
	 * touchpoint or no process is visible.
	 */
	public Activity createActivity(Stage stage, String lane) {
		List<Touchpoint> touchpoints = JourneyQueries.touchpoints(stage);
		Process process = processFor(stage);
		if (touchpoints.isEmpty() || process == null) {
			return null;
		}
		Activity activity = FACTORY.createActivity();
		activity.setName(uniqueName(process.getActivities(), "NewActivity"));
		activity.setLane(Lane.get(lane));
		process.getActivities().add(activity);
		touchpoints.get(0).getSupportedBy().add(activity);
		return activity;
	}

	/** Whether an activity can be created under the stage: it has a touchpoint and a process is visible. */
	public boolean canCreateActivity(Stage stage) {
		return !JourneyQueries.touchpoints(stage).isEmpty() && processFor(stage) != null;
	}

	private Process processFor(Stage stage) {
		for (Activity activity : JourneyQueries.activitiesServing(stage)) {
			Process process = JourneyQueries.processOf(activity);
			if (process != null && !activity.eIsProxy()) {
				return process;
			}
		}
		List<Process> visible = JourneyQueries.visibleFrom(stage, Process.class);
		return visible.isEmpty() ? null : visible.get(0);
	}

	/** A flow from one step to another; the first explicit flow of a step keeps its implicit next step. */
	public Flow createFlow(Step source, Step target) {
		Flow flow = FACTORY.createFlow();
		flow.setKind(FlowKind.NEXT);
		flow.setTarget(target);
		source.getFlows().add(flow);
		return flow;
	}

	// ------------------------------------------------------------------ links

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

	/** The opportunity comes from the insight. */
	public Opportunity linkInsight(Opportunity opportunity, Insight insight) {
		addOnce(opportunity.getInsights(), insight);
		return opportunity;
	}

	/** The opportunity relieves the pain point. */
	public Opportunity linkPainPoint(Opportunity opportunity, PainPoint painPoint) {
		addOnce(opportunity.getPainPoints(), painPoint);
		return opportunity;
	}

	/** The solution addresses the opportunity. */
	public Solution linkOpportunity(Solution solution, Opportunity opportunity) {
		addOnce(solution.getOpportunities(), opportunity);
		return solution;
	}

	/** Removes the target from every many-valued reference of the source that holds it (a deleted edge). */
	public EObject unlink(EObject source, EObject target) {
		for (EReference reference : source.eClass().getEAllReferences()) {
			if (reference.isMany() && !reference.isContainment() && !reference.isDerived() && reference.isChangeable()) {
				((Collection<?>) source.eGet(reference)).remove(target);
			}
		}
		return source;
	}

	// ------------------------------------------------------------------ owner, label, delete

	/** The parties that may own the element: those its file can refer to. */
	public List<Party> ownerCandidates(EObject element) {
		return JourneyQueries.visibleFrom(element, Party.class);
	}

	/** Sets the owner of an activity, touchpoint, solution, KPI, process or system; null clears it. */
	public EObject setOwner(EObject element, Party owner) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("owner");
		if (feature != null) {
			element.eSet(feature, owner);
		}
		return element;
	}

	/**
	 * Direct edit: the text becomes the title, which the diagrams show; the name, which other
	 * files refer to, stays. An empty text removes the title so that the name shows again.
	 */
	public NamedElement editLabel(NamedElement element, String text) {
		element.setTitle(text == null || text.isBlank() ? null : text.strip());
		return element;
	}

	/**
	 * Deletes the element with its contents and every reference to them. A flow that would be left
	 * without its target step goes too, since the grammar cannot write a flow to nowhere.
	 */
	public EObject deleteElement(EObject element) {
		EObject container = element.eContainer();
		Set<EObject> doomed = new HashSet<>();
		doomed.add(element);
		for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
			doomed.add(it.next());
		}
		for (Flow flow : allContents(element, Flow.class)) {
			if (flow.getTarget() != null && doomed.contains(flow.getTarget()) && !doomed.contains(flow)) {
				EcoreUtil.remove(flow);
			}
		}
		EcoreUtil.delete(element, true);
		return container;
	}

	// ------------------------------------------------------------------ helpers

	/** The base name, or the base name with the first free number, unused by any named element of the scope. */
	String uniqueName(EObject scope, String base) {
		Set<String> taken = new HashSet<>();
		if (scope != null) {
			if (scope instanceof NamedElement named) {
				taken.add(named.getName());
			}
			for (TreeIterator<EObject> it = scope.eAllContents(); it.hasNext();) {
				if (it.next() instanceof NamedElement named) {
					taken.add(named.getName());
				}
			}
		}
		return firstFree(taken, base);
	}

	private String uniqueName(Collection<? extends NamedElement> siblings, String base) {
		return firstFree(siblings.stream().map(NamedElement::getName).collect(Collectors.toSet()), base);
	}

	private static String firstFree(Set<String> taken, String base) {
		if (!taken.contains(base)) {
			return base;
		}
		int i = 2;
		while (taken.contains(base + i)) {
			i++;
		}
		return base + i;
	}

	private static <T> void addOnce(List<T> list, T element) {
		if (!list.contains(element)) {
			list.add(element);
		}
	}

	private static Object valueOf(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		return feature == null ? null : element.eGet(feature);
	}

	private String names(List<? extends NamedElement> elements) {
		return elements.stream().map(this::displayName).collect(Collectors.joining(", "));
	}

	private static String number(Kpi kpi, BigDecimal value) {
		if (value == null) {
			return "";
		}
		String unit = KpiKinds.unitOf(kpi);
		return value.toPlainString() + ("%".equals(unit) ? "%" : unit == null || unit.isEmpty() ? "" : " " + unit);
	}

	private static BigDecimal parseNumber(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.strip();
		if (cleaned.endsWith("%")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		try {
			return cleaned.isEmpty() ? null : new BigDecimal(cleaned);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static <T> List<T> allContents(EObject anyElement, Class<T> type) {
		List<T> found = new ArrayList<>();
		Resource resource = anyElement.eResource();
		if (resource == null) {
			EObject root = EcoreUtil.getRootContainer(anyElement);
			root.eAllContents().forEachRemaining(o -> {
				if (type.isInstance(o)) {
					found.add(type.cast(o));
				}
			});
			return found;
		}
		Collection<Resource> resources = resource.getResourceSet() == null ? List.of(resource) : List.copyOf(resource.getResourceSet().getResources());
		for (Resource each : resources) {
			each.getAllContents().forEachRemaining(o -> {
				if (type.isInstance(o)) {
					found.add(type.cast(o));
				}
			});
		}
		return found;
	}
}
