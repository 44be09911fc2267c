package journey.dsl.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import journey.dsl.model.EmotionLevel;
import journey.dsl.model.EmotionScale;
import journey.dsl.model.Journey;

/** The emotion scale a journey uses: its declared scale, else the default from -2 to +2. */
public final class EmotionScales {

	/** The most levels a scale may have: a map draws a grid line per level, and a person can tell 0 to 100 apart at most. */
	public static final int MAX_LEVELS = 101;

	/** A scale's bounds and labels, whether declared or the default. */
	public record Scale(int min, int max, Map<Integer, String> labels) {

		/** How many values the scale has, without overflow for any two ints. */
		public long levelCount() {
			return (long) max - min + 1;
		}

		/**
		 * The values from min to max; for a scale beyond {@link EmotionScales#MAX_LEVELS} (which is
		 * a validation error) only min, zero and max, so that no view loops over billions of levels.
		 */
		public List<Integer> levels() {
			List<Integer> levels = new ArrayList<>();
			if (levelCount() <= MAX_LEVELS) {
				for (long value = min; value <= max; value++) {
					levels.add((int) value);
				}
			} else {
				levels.add(min);
				if (min < 0 && max > 0) {
					levels.add(0);
				}
				levels.add(max);
			}
			return levels;
		}

		public boolean contains(int value) {
			return value >= min && value <= max;
		}

		/** The label of a value, or the value itself when the scale names none. */
		public String label(int value) {
			return labels.getOrDefault(value, Integer.toString(value));
		}

		/** The value moved onto the scale. */
		public int clamp(int value) {
			return Math.max(min, Math.min(max, value));
		}

		/**
		 * Where a value lies against the middle of the scale, which is what its colour and icon say
		 * in every view: on a scale from 1 to 5, a 2 is negative although it is above zero.
		 */
		public Band band(double value) {
			double twice = 2 * value;
			long middle = (long) min + max;
			return twice < middle ? Band.NEGATIVE : twice > middle ? Band.POSITIVE : Band.NEUTRAL;
		}
	}

	/** An emotion's side of its scale. */
	public enum Band {
		NEGATIVE, NEUTRAL, POSITIVE;

		/** The word for it: negative, neutral, positive. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public static final Scale DEFAULT = new Scale(-2, 2, Map.of(-2, "very negative", -1, "negative", 0, "neutral", 1, "positive", 2, "very positive"));

	private EmotionScales() {
	}

	public static Scale of(Journey journey) {
		EmotionScale declared = journey == null ? null : journey.getScale();
		if (declared == null || declared.eIsProxy()) {
			return DEFAULT;
		}
		Map<Integer, String> labels = new LinkedHashMap<>();
		for (EmotionLevel level : declared.getLevels()) {
			labels.put(level.getValue(), level.getLabel());
		}
		return new Scale(declared.getMin(), declared.getMax(), labels);
	}
}
