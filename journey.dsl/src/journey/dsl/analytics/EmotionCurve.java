package journey.dsl.analytics;

import java.util.ArrayList;
import java.util.List;

import journey.dsl.model.Journey;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.EmotionScales;

/**
 * The emotional curve of a journey: one point per step in map order, with the step's own emotion,
 * else the average of its touchpoints' emotions, also placed on 0..1 of the journey's scale; and
 * its summary: the lowest and highest point, the average, where it starts and where it ends.
 */
public final class EmotionCurve {

	/** Where a point's emotion comes from. */
	public enum Source {
		STEP, TOUCHPOINTS, NONE
	}

	/**
	 * One step on the curve; {@code emotion} and {@code position} are null when neither the step nor
	 * its touchpoints say how the customer feels. {@code position} is 0 at the scale's minimum and 1 at its maximum.
	 */
	public record Point(Stage stage, Step step, Double emotion, Double position, Source source) {
	}

	private final EmotionScales.Scale scale;
	private final List<Point> points;

	private EmotionCurve(EmotionScales.Scale scale, List<Point> points) {
		this.scale = scale;
		this.points = points;
	}

	public static EmotionCurve of(Journey journey) {
		EmotionScales.Scale scale = EmotionScales.of(journey);
		List<Point> points = new ArrayList<>();
		for (Stage stage : journey.getStages()) {
			for (Step step : stage.getSteps()) {
				points.add(point(scale, stage, step));
			}
		}
		return new EmotionCurve(scale, List.copyOf(points));
	}

	private static Point point(EmotionScales.Scale scale, Stage stage, Step step) {
		if (step.getEmotion() != null) {
			double emotion = step.getEmotion();
			return new Point(stage, step, emotion, position(scale, emotion), Source.STEP);
		}
		int sum = 0;
		int count = 0;
		for (Touchpoint touchpoint : step.getTouchpoints()) {
			if (touchpoint.getEmotion() != null) {
				sum += touchpoint.getEmotion();
				count++;
			}
		}
		if (count == 0) {
			return new Point(stage, step, null, null, Source.NONE);
		}
		double emotion = (double) sum / count;
		return new Point(stage, step, emotion, position(scale, emotion), Source.TOUCHPOINTS);
	}

	/** The emotion placed on 0..1 of the scale; a one-value scale puts everything in the middle. */
	public static double position(EmotionScales.Scale scale, double emotion) {
		if (scale.max() == scale.min()) {
			return 0.5;
		}
		double clamped = Math.max(scale.min(), Math.min(scale.max(), emotion));
		return (clamped - scale.min()) / ((double) scale.max() - scale.min());
	}

	public EmotionScales.Scale scale() {
		return scale;
	}

	public List<Point> points() {
		return points;
	}

	/** The points that have an emotion, in map order: the curve as drawn, with its gaps closed. */
	public List<Point> felt() {
		return points.stream().filter(p -> p.emotion() != null).toList();
	}

	/** The lowest point (the first, when several are equally low); null when no step says how the customer feels. */
	public Point lowest() {
		Point lowest = null;
		for (Point point : felt()) {
			if (lowest == null || point.emotion() < lowest.emotion()) {
				lowest = point;
			}
		}
		return lowest;
	}

	/** The highest point (the first, when several are equally high); null when no step says how the customer feels. */
	public Point highest() {
		Point highest = null;
		for (Point point : felt()) {
			if (highest == null || point.emotion() > highest.emotion()) {
				highest = point;
			}
		}
		return highest;
	}

	/** The mean emotion over the points that have one, each step weighing the same; null when there are none. */
	public Double average() {
		List<Point> felt = felt();
		return felt.isEmpty() ? null : felt.stream().mapToDouble(Point::emotion).average().getAsDouble();
	}
}
