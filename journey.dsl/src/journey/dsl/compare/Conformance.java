package journey.dsl.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import journey.dsl.model.Journey;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;

/**
 * An actual journey (what one customer lived, {@code state actual}) checked against the journey it
 * was {@code planned as}, in the deviation categories of CJML (Halvorsrud et al.): a planned
 * touchpoint that did not happen is <em>missing</em>; one that was not planned is <em>ad hoc</em>;
 * one that happened out of the planned order or on another channel is <em>irregular</em>; one
 * that went wrong where the plan expected it to go well (a pain point, or a negative emotion where
 * the plan has none) is <em>failed</em>. Touchpoints are paired by name, then by title.
 */
public final class Conformance {

	/** A deviation's category, as CJML names it. */
	public enum Category {
		MISSING, AD_HOC, IRREGULAR, FAILED
	}

	/**
	 * One deviation. {@code planned} is the touchpoint of the plan (null for an ad-hoc one),
	 * {@code actual} the one that happened (null for a missing one); {@code reason} says why, in
	 * words a report can print after the touchpoint's name.
	 */
	public record Deviation(Category category, Touchpoint planned, Touchpoint actual, String reason) {
	}

	private final Journey actual;
	private final Journey planned;
	private final List<Deviation> deviations = new ArrayList<>();
	private final int plannedCount;
	private final int regular;

	private Conformance(Journey actual, Journey planned) {
		this.actual = actual;
		this.planned = planned;
		List<Touchpoint> plan = JourneyQueries.touchpoints(planned);
		List<Touchpoint> lived = JourneyQueries.touchpoints(actual);
		Matching<Touchpoint> matching = Matching.of(plan, lived);
		this.plannedCount = plan.size();
		Map<Touchpoint, Integer> planOrder = new HashMap<>();
		for (int i = 0; i < plan.size(); i++) {
			planOrder.put(plan.get(i), i);
		}
		List<Matching.Pair<Touchpoint>> pairs = new ArrayList<>(matching.pairs());
		pairs.sort(Comparator.comparingInt(pair -> lived.indexOf(pair.after())));
		boolean[] inOrder = inPlannedOrder(pairs.stream().mapToInt(pair -> planOrder.get(pair.before())).toArray());
		int regularCount = 0;
		for (Matching.Pair<Touchpoint> pair : matching.pairs().stream().sorted(Comparator.comparingInt(pair -> planOrder.get(pair.before()))).toList()) {
			boolean deviates = false;
			if (!inOrder[pairs.indexOf(pair)]) {
				deviations.add(new Deviation(Category.IRREGULAR, pair.before(), pair.after(), "happened out of the planned order"));
				deviates = true;
			}
			if (!Objects.equals(JourneyComparison.qualifiedName(pair.before().getChannel()), JourneyComparison.qualifiedName(pair.after().getChannel()))) {
				deviations.add(new Deviation(Category.IRREGULAR, pair.before(), pair.after(), "happened via " + name(pair.after().getChannel())
						+ " instead of " + name(pair.before().getChannel())));
				deviates = true;
			}
			String failure = failure(pair.before(), pair.after());
			if (failure != null) {
				deviations.add(new Deviation(Category.FAILED, pair.before(), pair.after(), failure));
				deviates = true;
			}
			if (!deviates) {
				regularCount++;
			}
		}
		for (Touchpoint missing : matching.removed()) {
			deviations.add(new Deviation(Category.MISSING, missing, null, "was planned but did not happen"));
		}
		for (Touchpoint adHoc : matching.added()) {
			deviations.add(new Deviation(Category.AD_HOC, null, adHoc, "was not planned"));
		}
		this.regular = regularCount;
	}

	/** The actual journey against the journey it is planned as; null when it names none. */
	public static Conformance of(Journey actual) {
		Journey planned = actual.getPlannedAs();
		return planned == null || planned.eIsProxy() || planned == actual ? null : new Conformance(actual, planned);
	}

	/**
	 * Which positions of the sequence (the plan's indices of the lived touchpoints, in lived order)
	 * keep the planned order: those of one longest increasing subsequence. The others happened
	 * out of order; choosing the longest blames as few touchpoints as possible.
	 */
	static boolean[] inPlannedOrder(int[] sequence) {
		int n = sequence.length;
		int[] length = new int[n];
		int[] previous = new int[n];
		int best = -1;
		for (int i = 0; i < n; i++) {
			length[i] = 1;
			previous[i] = -1;
			for (int j = 0; j < i; j++) {
				if (sequence[j] < sequence[i] && length[j] + 1 > length[i]) {
					length[i] = length[j] + 1;
					previous[i] = j;
				}
			}
			if (best < 0 || length[i] > length[best]) {
				best = i;
			}
		}
		boolean[] kept = new boolean[n];
		Arrays.fill(kept, false);
		for (int i = best; i >= 0; i = previous[i]) {
			kept[i] = true;
		}
		return kept;
	}

	/** Why the lived touchpoint failed where the plan expected it to go well, or null. */
	private static String failure(Touchpoint plan, Touchpoint lived) {
		if (!lived.getPainPoints().isEmpty() && plan.getPainPoints().isEmpty()) {
			return "went wrong: " + (lived.getPainPoints().get(0).getTitle() != null ? lived.getPainPoints().get(0).getTitle() : lived.getPainPoints().get(0).getName());
		}
		Integer expected = plan.getEmotion();
		Integer felt = lived.getEmotion();
		if (felt != null && felt < 0 && (expected == null || expected >= 0)) {
			return "felt " + felt + " where the plan expects " + (expected == null ? "no bad feeling" : String.valueOf(expected));
		}
		return null;
	}

	private static String name(journey.dsl.model.NamedElement element) {
		return element == null || element.eIsProxy() ? "no channel" : element.getName();
	}

	public Journey actual() {
		return actual;
	}

	public Journey planned() {
		return planned;
	}

	/** Deviations of paired touchpoints in planned order, then missing ones, then ad-hoc ones. */
	public List<Deviation> deviations() {
		return deviations;
	}

	/**
	 * How closely the customer followed the plan, 0..1: the touchpoints that happened as planned over
	 * the planned ones and the ad-hoc ones together; 1 for a journey with neither.
	 */
	public double figure() {
		double all = plannedCount + adHocCount();
		return all == 0 ? 1 : regular / all;
	}

	/** The touchpoints that happened without being planned. */
	public int adHocCount() {
		return (int) deviations.stream().filter(deviation -> deviation.category() == Category.AD_HOC).count();
	}

	/** The touchpoints that happened as planned: in order, on their channel, without failing. */
	public int regular() {
		return regular;
	}

	public int plannedCount() {
		return plannedCount;
	}
}
