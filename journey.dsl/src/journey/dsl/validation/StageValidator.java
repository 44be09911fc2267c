package journey.dsl.validation;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

import journey.dsl.model.Duration;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Stage;
import journey.dsl.query.Durations;

/** Stages: how long they take compared with how long they should take. */
public class StageValidator extends AbstractJourneyChecks {

	/** A stage's typical or actual duration is not longer than its target. */
	@Check
	public void checkStageDurationWithinTarget(Stage stage) {
		BigDecimal target = Durations.inMinutes(stage.getTargetDuration());
		if (target == null) {
			return;
		}
		check(stage, stage.getTypicalDuration(), "typically takes", target, JourneyPackage.Literals.STAGE__TYPICAL_DURATION);
		check(stage, stage.getActualDuration(), "took", target, JourneyPackage.Literals.STAGE__ACTUAL_DURATION);
	}

	private void check(Stage stage, Duration duration, String verb, BigDecimal target, EReference feature) {
		BigDecimal minutes = Durations.inMinutes(duration);
		if (minutes != null && minutes.compareTo(target) > 0) {
			warning("Stage " + stage.getName() + " " + verb + " " + Durations.text(duration) + ", longer than its target of "
					+ Durations.text(stage.getTargetDuration()) + ".", stage, feature, JourneyIssueCodes.DURATION_OVER_TARGET);
		}
	}
}
