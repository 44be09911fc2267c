package journey.tests.validation;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import static journey.dsl.validation.JourneyIssueCodes.*;
import static journey.tests.validation.ValidationTests.CATALOGUE;
import static journey.tests.validation.ValidationTests.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class StageValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String stages) {
		return only(validation.issueList("journey J {\n" + stages + "}\n"), DURATION_OVER_TARGET);
	}

	@Test
	void durationsWithinTheirTargetAcrossUnitsAreFine() {
		validation.assertIssues(issues("""
				stage A { takes 2 weeks target 15 days actual 14 days }
				stage B { takes 90 min target 2 h }
				stage C { takes 30 days }
				"""));
	}

	@Test
	void aTypicalOrActualDurationAboveTheTargetIsAWarning() {
		List<Issue> issues = issues("""
				stage A { takes 3 weeks target 14 days }
				stage B { takes 1 day target 2 days actual 3 days }
				""");
		validation.assertIssues(issues, "warning journey.durationOverTarget line 2", "warning journey.durationOverTarget line 3");
		assertEquals("Stage A typically takes 3 weeks, longer than its target of 14 days.", issues.get(0).getMessage());
	}

	@Test
	void aRangeOverItsTargetIsAWarningFromItsShortEndAndAnInfoFromItsLongEnd() {
		List<Issue> issues = issues("""
				stage A { takes 3-4 weeks target 2 weeks }
				stage B { takes 1-3 weeks target 2 weeks }
				stage C { takes 1-2 weeks target 2 weeks }
				""");
		validation.assertIssues(issues, "warning journey.durationOverTarget line 2", "info journey.durationOverTarget line 3");
		assertEquals("Stage A typically takes 3–4 weeks, longer than its target of 2 weeks.", issues.get(0).getMessage());
		assertEquals("Stage B typically takes 1–3 weeks: at the long end it is over its target of 2 weeks.", issues.get(1).getMessage());
	}

	private List<Issue> groupIssues(String body) {
		return only(validation.issueList("journey J {\n" + body + "}\n"), GROUP_NOT_CONSECUTIVE, STAGE_IN_TWO_GROUPS);
	}

	@Test
	void groupsThatSpanConsecutiveStagesInMapOrderAreFine() {
		validation.assertIssues(groupIssues("""
				group See spans A, B
				group Think spans C
				stage A { step A1 }
				stage B { step B1 }
				stage C { step C1 }
				"""));
	}

	@Test
	void aGroupWithAGapOrOutOfOrderIsAnError() {
		List<Issue> issues = groupIssues("""
				group See spans A, C
				group Do spans D, B
				stage A { step A1 }
				stage B { step B1 }
				stage C { step C1 }
				stage D { step D1 }
				""");
		validation.assertIssues(issues, "error journey.groupNotConsecutive line 2", "error journey.groupNotConsecutive line 3");
		assertEquals("Group See spans A, C, but a group spans stages that follow one another in the map, in their order: after A comes B.", issues.get(0).getMessage());
		assertEquals("Group Do spans D, B, but a group spans stages that follow one another in the map, in their order: after D comes no other stage.",
				issues.get(1).getMessage());
	}

	@Test
	void aStageInTwoGroupsIsAnError() {
		List<Issue> issues = groupIssues("""
				group See spans A
				group Think spans A, B
				stage A { step A1 }
				stage B { step B1 }
				""");
		validation.assertIssues(issues, "error journey.stageInTwoGroups line 3");
		assertEquals("Stage A is in group See already; a stage belongs to one group.", issues.get(0).getMessage());
	}
}
