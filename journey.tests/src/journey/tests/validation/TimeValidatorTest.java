package journey.tests.validation;

import static journey.dsl.validation.JourneyIssueCodes.RANGE_OUT_OF_ORDER;
import static journey.dsl.validation.JourneyIssueCodes.TIMING_CIRCLE;
import static journey.dsl.validation.JourneyIssueCodes.TIMING_OUT_OF_ORDER;
import static journey.tests.validation.ValidationTests.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class TimeValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String stages) {
		return only(validation.issueList("journey J {\n" + stages + "}\n"), RANGE_OUT_OF_ORDER, TIMING_CIRCLE, TIMING_OUT_OF_ORDER);
	}

	@Test
	void stepsTimedFromADayAndFromEachOtherInMapOrderAreFine() {
		validation.assertIssues(issues("""
				stage A {
					takes 2-3 weeks
					step Search { at day 0 }
					step Book { at 1-2 weeks after Search }
					step Travel {
						at 4 weeks after Book
						touchpoint Mail via W { at 2 days before Travel }
					}
				}
				"""));
	}

	@Test
	void aRangeTheWrongWayRoundIsAnError() {
		List<Issue> issues = issues("""
				stage A { takes 3-2 weeks }
				""");
		validation.assertIssues(issues, "error journey.rangeOutOfOrder line 2");
		assertEquals("The range 3-2 weeks must run from the shorter to the longer time, such as 2-3 weeks.", issues.get(0).getMessage());
	}

	@Test
	void timingsThatLeadBackToThemselvesAreAnError() {
		List<Issue> issues = issues("""
				stage A {
					step One { at 1 day after Two }
					step Two { at 1 day after One }
				}
				""");
		validation.assertIssues(issues, "error journey.timingCircle line 3", "error journey.timingCircle line 4");
		assertEquals("The timing of One leads back to itself (One → Two → One); time one of them from a day of the journey, such as 'at day 0'.",
				issues.get(0).getMessage());
	}

	@Test
	void aStepTimedBeforeAnEarlierStepIsAWarning() {
		List<Issue> issues = issues("""
				stage A {
					step One { at day 10 }
					step Two { at 2 weeks before One }
				}
				""");
		validation.assertIssues(issues, "warning journey.timingOutOfOrder line 4");
		assertEquals("Step Two is on day -4, before step One (day 10), which comes earlier in the map: is the timing or the order of the steps wrong?",
				issues.get(0).getMessage());
	}
}
