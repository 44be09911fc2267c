package journey.dsl.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import journey.dsl.model.NamedElement;

/**
 * Pairs the elements of one kind in two versions: first by name (names inside a journey are
 * qualified by the journey, so a name is unique within it), then the rest by title, where the title
 * picks out a single element on each side. What stays unpaired was added or removed.
 */
final class Matching<T extends NamedElement> {

	/** An element in both versions; {@code byTitle} when the name differs and the title paired them. */
	record Pair<T>(T before, T after, boolean byTitle) {
	}

	private final List<Pair<T>> pairs = new ArrayList<>();
	private final List<T> removed = new ArrayList<>();
	private final List<T> added = new ArrayList<>();
	private final Map<T, T> afterOf = new HashMap<>();

	private Matching(List<T> before, List<T> after) {
		Map<String, T> afterByName = new LinkedHashMap<>();
		for (T element : after) {
			afterByName.putIfAbsent(element.getName(), element);
		}
		List<T> unmatchedBefore = new ArrayList<>();
		for (T element : before) {
			T partner = afterByName.remove(element.getName());
			if (partner != null) {
				pair(element, partner, false);
			} else {
				unmatchedBefore.add(element);
			}
		}
		List<T> unmatchedAfter = new ArrayList<>(afterByName.values());
		Map<String, List<T>> afterByTitle = byTitle(unmatchedAfter);
		Map<String, List<T>> beforeByTitle = byTitle(unmatchedBefore);
		for (T element : unmatchedBefore) {
			String title = titleKey(element);
			List<T> candidates = title == null ? null : afterByTitle.get(title);
			if (candidates != null && candidates.size() == 1 && beforeByTitle.get(title).size() == 1) {
				T partner = candidates.get(0);
				pair(element, partner, true);
				unmatchedAfter.remove(partner);
			} else {
				removed.add(element);
			}
		}
		added.addAll(unmatchedAfter);
	}

	static <T extends NamedElement> Matching<T> of(List<T> before, List<T> after) {
		return new Matching<>(before, after);
	}

	private void pair(T before, T after, boolean byTitle) {
		pairs.add(new Pair<>(before, after, byTitle));
		afterOf.put(before, after);
	}

	private static <T extends NamedElement> Map<String, List<T>> byTitle(List<T> elements) {
		Map<String, List<T>> map = new HashMap<>();
		for (T element : elements) {
			String key = titleKey(element);
			if (key != null) {
				map.computeIfAbsent(key, k -> new ArrayList<>()).add(element);
			}
		}
		return map;
	}

	private static String titleKey(NamedElement element) {
		String title = element.getTitle();
		return title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	List<Pair<T>> pairs() {
		return pairs;
	}

	List<T> removed() {
		return removed;
	}

	List<T> added() {
		return added;
	}

	/** The element's partner in the new version, or null when it was removed or is not of this matching. */
	T afterOf(T before) {
		return afterOf.get(before);
	}

	/** Whether the new element's partner is the given one, or both are absent. */
	boolean corresponds(T before, T after) {
		return before == null ? after == null : Objects.equals(afterOf.get(before), after);
	}
}
