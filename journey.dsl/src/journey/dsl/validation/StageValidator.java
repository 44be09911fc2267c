package journey.dsl.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

import journey.dsl.model.Duration;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Stage;
import journey.dsl.model.StageGroup;
import journey.dsl.query.Durations;

/** Stages: how long they take compared with how long they should take, and how they are grouped. */
public class StageValidator extends AbstractJourneyChecks {

	/**
	 * A stage's typical or actual duration is not longer than its target; a range whose upper end
	 * lies beyond the target is an info: it may take longer.
	 */
	@Check
	public void checkStageDurationWithinTarget(Stage stage) {
		check(stage, stage.getTypicalDuration(), "typically takes", JourneyPackage.Literals.STAGE__TYPICAL_DURATION);
		check(stage, stage.getActualDuration(), "took", JourneyPackage.Literals.STAGE__ACTUAL_DURATION);
	}

	private void check(Stage stage, Duration duration, String verb, EReference feature) {
		Durations.Fit fit = Durations.fit(duration, stage.getTargetDuration());
		String targetText = Durations.text(stage.getTargetDuration());
		if (fit == Durations.Fit.OVER) {
			warning("Stage " + stage.getName() + " " + verb + " " + Durations.text(duration) + ", longer than its target of " + targetText + ".",
					stage, feature, JourneyIssueCodes.DURATION_OVER_TARGET);
		} else if (fit == Durations.Fit.MAY_EXCEED) {
			info("Stage " + stage.getName() + " " + verb + " " + Durations.text(duration) + ": at the long end it is over its target of " + targetText + ".",
					stage, feature, JourneyIssueCodes.DURATION_OVER_TARGET);
		}
	}

	/** A group spans stages that follow one another in the map, in map order (See, Think, Do each cover a stretch of the journey). */
	@Check
	public void checkGroupIsConsecutive(StageGroup group) {
		List<Stage> spanned = group.getStages().stream().filter(stage -> !stage.eIsProxy()).toList();
		if (spanned.isEmpty() || !(group.eContainer() instanceof Journey journey)) {
			return;
		}
		List<Stage> stages = journey.getStages();
		int first = stages.indexOf(spanned.get(0));
		for (int i = 0; i < spanned.size(); i++) {
			if (first < 0 || first + i >= stages.size() || stages.get(first + i) != spanned.get(i)) {
				error("Group " + group.getName() + " spans " + names(spanned) + ", but a group spans stages that follow one another in the map, in their order"
						+ (first < 0 ? "" : ": after " + stages.get(first).getName() + " comes " + (first + i < stages.size() ? stages.get(first + i).getName() : "no other stage"))
						+ ".", group, JourneyPackage.Literals.STAGE_GROUP__STAGES, i, JourneyIssueCodes.GROUP_NOT_CONSECUTIVE);
				return;
			}
		}
	}

	/** A stage belongs to at most one group. */
	@Check
	public void checkStageInOneGroup(Journey journey) {
		Map<Stage, StageGroup> groupOf = new IdentityHashMap<>();
		for (StageGroup group : journey.getGroups()) {
			for (int i = 0; i < group.getStages().size(); i++) {
				Stage stage = group.getStages().get(i);
				StageGroup earlier = stage.eIsProxy() ? null : groupOf.putIfAbsent(stage, group);
				if (earlier != null && earlier != group) {
					error("Stage " + stage.getName() + " is in group " + earlier.getName() + " already; a stage belongs to one group.",
							group, JourneyPackage.Literals.STAGE_GROUP__STAGES, i, JourneyIssueCodes.STAGE_IN_TWO_GROUPS);
				}
			}
		}
	}

	private static String names(List<Stage> stages) {
		return String.join(", ", stages.stream().map(Stage::getName).toList());
	}
}
