package journey.dsl.validation;

import org.eclipse.xtext.validation.Check;

import journey.dsl.model.EmotionLevel;
import journey.dsl.model.EmotionScale;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Moment;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;

/** Touchpoints and emotions: every touchpoint has a channel, every emotion lies on the journey's scale. */
public class TouchpointValidator extends AbstractJourneyChecks {

	/** Every touchpoint names the channel it happens through. */
	@Check
	public void checkTouchpointHasChannel(Touchpoint touchpoint) {
		if (touchpoint.getChannel() == null) {
			error("Touchpoint " + touchpoint.getName() + " names no channel: add 'via <Channel>', such as via Website or via Phone.",
					touchpoint, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.MISSING_CHANNEL);
		}
	}

	/** An emotion lies within the journey's scale (by default -2 to +2). */
	@Check
	public void checkEmotionWithinScale(Moment moment) {
		Integer emotion = moment.getEmotion();
		if (emotion == null) {
			return;
		}
		EmotionScales.Scale scale = EmotionScales.of(JourneyQueries.journeyOf(moment));
		if (!scale.contains(emotion)) {
			error("The emotion " + emotion + " lies outside the journey's scale, which runs from " + scale.min() + " to " + scale.max()
					+ "; use a value on the scale.",
					moment, JourneyPackage.Literals.MOMENT__EMOTION, JourneyIssueCodes.EMOTION_OUT_OF_SCALE,
					Integer.toString(scale.min()), Integer.toString(scale.max()));
		}
	}

	/** A declared scale runs from a lower to a higher value, and its labels lie on it. */
	@Check
	public void checkScaleIsValid(EmotionScale scale) {
		if (scale.getMin() >= scale.getMax()) {
			error("Scale " + scale.getName() + " runs from " + scale.getMin() + " to " + scale.getMax() + "; the first value must be the lower one.",
					scale, JourneyPackage.Literals.EMOTION_SCALE__MAX, JourneyIssueCodes.INVALID_SCALE);
			return;
		}
		long levels = (long) scale.getMax() - scale.getMin() + 1;
		if (levels > EmotionScales.MAX_LEVELS) {
			error("Scale " + scale.getName() + " has " + levels + " levels (" + scale.getMin() + " to " + scale.getMax() + "); a map draws at most "
					+ EmotionScales.MAX_LEVELS + ", for example 0 to 100.", scale, JourneyPackage.Literals.EMOTION_SCALE__MAX, JourneyIssueCodes.INVALID_SCALE);
			return;
		}
		for (EmotionLevel level : scale.getLevels()) {
			if (level.getValue() < scale.getMin() || level.getValue() > scale.getMax()) {
				error("The label '" + level.getLabel() + "' is for " + level.getValue() + ", which lies outside the scale (" + scale.getMin()
						+ " to " + scale.getMax() + ").", level, JourneyPackage.Literals.EMOTION_LEVEL__VALUE, JourneyIssueCodes.INVALID_SCALE);
			}
		}
	}
}
