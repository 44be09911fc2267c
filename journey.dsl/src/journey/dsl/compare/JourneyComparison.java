package journey.dsl.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import journey.dsl.analytics.EmotionCurve;
import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;

/**
 * What changed from one version of a journey to another: the semantic diff that {@code journey
 * diff}, the comparison page and a journey's page against its baseline show. Stages, steps,
 * touchpoints, pain points and KPIs are paired by name, then by title ({@link Matching}); steps and
 * touchpoints are paired across the whole journey, so that one moved to another stage or step is
 * reported as moved, not as removed and added. Catalogue elements (channels, parties, activities)
 * are compared by qualified name, so the two versions may come from different workspaces.
 */
public final class JourneyComparison {

	/** How an element of the map changed. */
	public enum Change {
		ADDED, REMOVED, RENAMED, MOVED
	}

	/**
	 * A stage, step or touchpoint that was added, removed, renamed (a new name or a new title) or
	 * moved to another stage or step. {@code before} is null for an added element, {@code after}
	 * for a removed one; the parents are the stage of a step and the step of a touchpoint, null for
	 * a stage.
	 */
	public record ElementChange(Change change, NamedElement before, NamedElement after, NamedElement parentBefore, NamedElement parentAfter) {

		/** The element as it is now, or as it was for a removed one. */
		public NamedElement element() {
			return after != null ? after : before;
		}
	}

	/** A touchpoint reached through another channel (either may be null: no channel given). */
	public record ChannelSwitch(Touchpoint before, Touchpoint after) {
	}

	/** A step whose emotion on the curve changed (null: the step says nothing of how the customer feels). */
	public record EmotionChange(Step before, Step after, Double from, Double to) {

		/** How far the emotion moved, or null when one side has none. */
		public Double delta() {
			return from == null || to == null ? null : to - from;
		}
	}

	/** A pain point that is gone in the new version ({@code solved}), or that is new there. */
	public record PainChange(PainPoint pain, boolean solved) {
	}

	/** A KPI added ({@code before} null), removed ({@code after} null), or with another target or actual value. */
	public record KpiChange(Kpi before, Kpi after) {

		public BigDecimal targetDelta() {
			return delta(before == null ? null : before.getTarget(), after == null ? null : after.getTarget());
		}

		public BigDecimal actualDelta() {
			return delta(before == null ? null : before.getActual(), after == null ? null : after.getActual());
		}

		private static BigDecimal delta(BigDecimal from, BigDecimal to) {
			return from == null || to == null ? null : to.subtract(from);
		}
	}

	/** An activity that supports the touchpoint in the new version only ({@code gained}), or in the old one only. */
	public record SupportChange(Touchpoint touchpoint, Activity activity, boolean gained) {
	}

	/** An activity behind the journey (supporting one of its touchpoints) in the new version only, or in the old one only. */
	public record ActivityChange(Activity activity, boolean gained) {
	}

	/** A touchpoint or an activity behind the journey with another owner (either may be null: no owner). */
	public record OwnerChange(NamedElement before, NamedElement after, Party ownerBefore, Party ownerAfter) {
	}

	private final Journey before;
	private final Journey after;
	private final EmotionCurve curveBefore;
	private final EmotionCurve curveAfter;
	private final List<ElementChange> elements = new ArrayList<>();
	private final List<ChannelSwitch> channels = new ArrayList<>();
	private final List<EmotionChange> emotions = new ArrayList<>();
	private final List<PainChange> pains = new ArrayList<>();
	private final List<KpiChange> kpis = new ArrayList<>();
	private final List<SupportChange> support = new ArrayList<>();
	private final List<ActivityChange> activities = new ArrayList<>();
	private final List<OwnerChange> owners = new ArrayList<>();
	private final Map<Step, Step> stepBefore = new java.util.HashMap<>();

	private JourneyComparison(Journey before, Journey after) {
		this.before = before;
		this.after = after;
		this.curveBefore = EmotionCurve.of(before);
		this.curveAfter = EmotionCurve.of(after);
		Matching<Stage> stages = Matching.of(before.getStages(), after.getStages());
		Matching<Step> steps = Matching.of(JourneyQueries.steps(before), JourneyQueries.steps(after));
		Matching<Touchpoint> touchpoints = Matching.of(JourneyQueries.touchpoints(before), JourneyQueries.touchpoints(after));
		steps.pairs().forEach(pair -> stepBefore.put(pair.after(), pair.before()));
		compareElements(stages, null);
		compareElements(steps, stages);
		compareElements(touchpoints, steps);
		elements.sort(Comparator.comparing((ElementChange change) -> change.change()));
		compareEmotions(steps);
		for (Matching.Pair<Touchpoint> pair : touchpoints.pairs()) {
			compareTouchpoint(pair.before(), pair.after());
		}
		Matching<PainPoint> painPoints = Matching.of(painPoints(before), painPoints(after));
		painPoints.removed().forEach(pain -> pains.add(new PainChange(pain, true)));
		painPoints.added().forEach(pain -> pains.add(new PainChange(pain, false)));
		Matching<Kpi> allKpis = Matching.of(kpis(before), kpis(after));
		for (Matching.Pair<Kpi> pair : allKpis.pairs()) {
			if (!same(pair.before().getTarget(), pair.after().getTarget()) || !same(pair.before().getActual(), pair.after().getActual())) {
				kpis.add(new KpiChange(pair.before(), pair.after()));
			}
		}
		allKpis.removed().forEach(kpi -> kpis.add(new KpiChange(kpi, null)));
		allKpis.added().forEach(kpi -> kpis.add(new KpiChange(null, kpi)));
		compareActivities();
	}

	/** The changes from {@code before} to {@code after}. */
	public static JourneyComparison of(Journey before, Journey after) {
		return new JourneyComparison(Objects.requireNonNull(before), Objects.requireNonNull(after));
	}

	private <T extends NamedElement> void compareElements(Matching<T> matching, Matching<? extends NamedElement> parents) {
		for (T removed : matching.removed()) {
			elements.add(new ElementChange(Change.REMOVED, removed, null, parentOf(removed), null));
		}
		for (T added : matching.added()) {
			elements.add(new ElementChange(Change.ADDED, null, added, null, parentOf(added)));
		}
		for (Matching.Pair<T> pair : matching.pairs()) {
			if (pair.byTitle() || !Objects.equals(pair.before().getTitle(), pair.after().getTitle())) {
				elements.add(new ElementChange(Change.RENAMED, pair.before(), pair.after(), parentOf(pair.before()), parentOf(pair.after())));
			}
			if (parents != null && !correspond(parents, parentOf(pair.before()), parentOf(pair.after()))) {
				elements.add(new ElementChange(Change.MOVED, pair.before(), pair.after(), parentOf(pair.before()), parentOf(pair.after())));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <P extends NamedElement> boolean correspond(Matching<P> parents, NamedElement before, NamedElement after) {
		return parents.corresponds((P) before, (P) after);
	}

	private static NamedElement parentOf(NamedElement element) {
		EObject container = element.eContainer();
		return element instanceof Stage || !(container instanceof NamedElement named) ? null : named;
	}

	private void compareEmotions(Matching<Step> steps) {
		Map<Step, Double> emotionBefore = emotions(curveBefore);
		Map<Step, Double> emotionAfter = emotions(curveAfter);
		for (Matching.Pair<Step> pair : steps.pairs()) {
			Double from = emotionBefore.get(pair.before());
			Double to = emotionAfter.get(pair.after());
			if (!Objects.equals(from, to)) {
				emotions.add(new EmotionChange(pair.before(), pair.after(), from, to));
			}
		}
	}

	private static Map<Step, Double> emotions(EmotionCurve curve) {
		Map<Step, Double> emotions = new LinkedHashMap<>();
		curve.points().forEach(point -> emotions.put(point.step(), point.emotion()));
		return emotions;
	}

	private void compareTouchpoint(Touchpoint old, Touchpoint now) {
		if (!Objects.equals(qualifiedName(old.getChannel()), qualifiedName(now.getChannel()))) {
			channels.add(new ChannelSwitch(old, now));
		}
		if (!Objects.equals(qualifiedName(old.getOwner()), qualifiedName(now.getOwner()))) {
			owners.add(new OwnerChange(old, now, old.getOwner(), now.getOwner()));
		}
		Map<String, Activity> was = byQualifiedName(old.getSupportedBy());
		Map<String, Activity> is = byQualifiedName(now.getSupportedBy());
		was.forEach((name, activity) -> {
			if (!is.containsKey(name)) {
				support.add(new SupportChange(now, activity, false));
			}
		});
		is.forEach((name, activity) -> {
			if (!was.containsKey(name)) {
				support.add(new SupportChange(now, activity, true));
			}
		});
	}

	/** The activities behind each version (those supporting a touchpoint): gained, lost, and with another owner. */
	private void compareActivities() {
		Map<String, Activity> was = new LinkedHashMap<>();
		JourneyQueries.touchpoints(before).forEach(touchpoint -> was.putAll(byQualifiedName(touchpoint.getSupportedBy())));
		Map<String, Activity> is = new LinkedHashMap<>();
		JourneyQueries.touchpoints(after).forEach(touchpoint -> is.putAll(byQualifiedName(touchpoint.getSupportedBy())));
		was.forEach((name, activity) -> {
			Activity now = is.get(name);
			if (now == null) {
				activities.add(new ActivityChange(activity, false));
			} else if (!Objects.equals(qualifiedName(Ownership.ownerOf(activity)), qualifiedName(Ownership.ownerOf(now)))) {
				owners.add(new OwnerChange(activity, now, Ownership.ownerOf(activity), Ownership.ownerOf(now)));
			}
		});
		is.forEach((name, activity) -> {
			if (!was.containsKey(name)) {
				activities.add(new ActivityChange(activity, true));
			}
		});
	}

	private static Map<String, Activity> byQualifiedName(List<Activity> activities) {
		Map<String, Activity> map = new LinkedHashMap<>();
		for (Activity activity : activities) {
			if (activity != null && !activity.eIsProxy()) {
				map.putIfAbsent(qualifiedName(activity), activity);
			}
		}
		return map;
	}

	/** A catalogue element's name with its package and containers, as the index knows it; null for none. */
	static String qualifiedName(NamedElement element) {
		if (element == null) {
			return null;
		}
		StringBuilder name = new StringBuilder(String.valueOf(element.getName()));
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof NamedElement named) {
				name.insert(0, named.getName() + ".");
			} else if (container instanceof JourneyModel model && model.getName() != null) {
				name.insert(0, model.getName() + ".");
			}
		}
		return name.toString();
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static List<PainPoint> painPoints(Journey journey) {
		List<PainPoint> pains = new ArrayList<>();
		for (Step step : JourneyQueries.steps(journey)) {
			pains.addAll(step.getPainPoints());
			step.getTouchpoints().forEach(touchpoint -> pains.addAll(touchpoint.getPainPoints()));
		}
		return pains;
	}

	private static List<Kpi> kpis(Journey journey) {
		List<Kpi> kpis = new ArrayList<>(journey.getKpis());
		for (Stage stage : journey.getStages()) {
			kpis.addAll(stage.getKpis());
		}
		JourneyQueries.touchpoints(journey).forEach(touchpoint -> kpis.addAll(touchpoint.getKpis()));
		return kpis;
	}

	public Journey before() {
		return before;
	}

	public Journey after() {
		return after;
	}

	public EmotionCurve curveBefore() {
		return curveBefore;
	}

	public EmotionCurve curveAfter() {
		return curveAfter;
	}

	/** The old version of a step of the new version, or null for a new step: to draw both curves over one axis. */
	public Step stepBefore(Step after) {
		return stepBefore.get(after);
	}

	/** Stages, steps and touchpoints removed, added, renamed and moved, in that order. */
	public List<ElementChange> elements() {
		return elements;
	}

	public List<ChannelSwitch> channels() {
		return channels;
	}

	/** Emotion changes of steps in both versions, in the old version's map order. */
	public List<EmotionChange> emotions() {
		return emotions;
	}

	/** Pain points solved (gone), then new ones. */
	public List<PainChange> pains() {
		return pains;
	}

	/** KPIs with other values, then removed, then added. */
	public List<KpiChange> kpis() {
		return kpis;
	}

	public List<SupportChange> support() {
		return support;
	}

	public List<ActivityChange> activities() {
		return activities;
	}

	public List<OwnerChange> owners() {
		return owners;
	}

	/** Whether the two versions say the same in everything compared. */
	public boolean isEmpty() {
		return elements.isEmpty() && channels.isEmpty() && emotions.isEmpty() && pains.isEmpty() && kpis.isEmpty() && support.isEmpty()
				&& activities.isEmpty() && owners.isEmpty();
	}
}
