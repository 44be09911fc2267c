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
}
