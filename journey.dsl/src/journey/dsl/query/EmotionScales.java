package journey.dsl.query;

import java.util.LinkedHashMap;
import java.util.Map;

import journey.dsl.model.EmotionLevel;
import journey.dsl.model.EmotionScale;
import journey.dsl.model.Journey;

/** The emotion scale a journey uses: its declared scale, else the default from -2 to +2. */
public final class EmotionScales {

	/** A scale's bounds and labels, whether declared or the default. */
	public record Scale(int min, int max, Map<Integer, String> labels) {

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
			int middle = min + max;
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
