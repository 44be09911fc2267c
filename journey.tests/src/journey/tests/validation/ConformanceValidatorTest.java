package journey.tests.validation;

import static journey.dsl.validation.JourneyIssueCodes.CONFORMANCE;
import static journey.dsl.validation.JourneyIssueCodes.DEVIATION;
import static journey.tests.validation.ValidationTests.CATALOGUE;
import static journey.tests.validation.ValidationTests.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;

/**
 * An actual journey against its plan, in CJML's categories: each deviation is an info where it
 * shows, and the conformance figure sits on 'planned as'.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ConformanceValidatorTest {

	@Inject
	private ValidationTests validation;

	private static final String PLAN = """
			package j
			import cat.*
			journey Plan {
				persona Shopper
				state planned
				stage S {
					step Find { touchpoint Site via Web { feels 1 } }
					step Ask { touchpoint Call via Phone }
					step Buy { touchpoint Checkout via Web }
					step Thank { touchpoint Mail via Web }
				}
			}
			""";

	private List<Issue> issues(String actual) {
		return only(validation.issueList(CATALOGUE, PLAN, "package j\nimport cat.*\n" + actual), CONFORMANCE, DEVIATION);
	}

	@Test
	void anActualJourneyThatFollowsItsPlanHasOnlyItsFigure() {
		List<Issue> issues = issues("""
				journey Anna { persona Shopper state actual planned as j.Plan
					stage S { step Find { touchpoint Site via Web } step Ask { touchpoint Call via Phone }
						step Buy { touchpoint Checkout via Web } step Thank { touchpoint Mail via Web } }
				}
				""");
		validation.assertIssues(issues, "info journey.conformance line 3");
		assertTrue(issues.get(0).getMessage().contains("at 100%: 4 of 4 touchpoints (4 planned, 0 ad hoc)"), issues.get(0).getMessage());
	}

	@Test
	void eachCategoryOfDeviationIsReportedWhereItShows() {
		// Line 3: the journey. Call (line 4) comes before Site (line 5): of the two, the one outside the longest run in
		// planned order (Call, Checkout) is out of order, Site; Site also felt bad where the plan felt good (failed);
		// Checkout went by phone (irregular, line 6); Mail is missing (on 'planned as', line 3); Chat was not planned
		// (ad hoc, line 7). Only Call went as planned: 1 of 4 planned + 1 ad hoc = 20%.
		List<Issue> issues = issues("""
				journey Anna { persona Shopper state actual planned as j.Plan
					stage S { step Ask { touchpoint Call via Phone }
						step Find { touchpoint Site via Web { feels -1 } }
						step Buy { touchpoint Checkout via Phone }
						step Help { touchpoint Chat via Web } }
				}
				""");
		validation.assertIssues(issues, "info journey.conformance line 3", "info journey.deviation line 3",
				"info journey.deviation line 5", "info journey.deviation line 5", "info journey.deviation line 6", "info journey.deviation line 7");
		List<String> messages = issues.stream().map(Issue::getMessage).sorted().toList();
		assertEquals(List.of("Ad hoc: touchpoint Chat was not planned.",
				"Failed: touchpoint Site felt -1 where the plan expects 1.",
				"Irregular: touchpoint Checkout happened via Phone instead of Web.",
				"Irregular: touchpoint Site happened out of the planned order.",
				"Journey Anna follows its plan Plan at 20%: 1 of 5 touchpoints (4 planned, 1 ad hoc) happened as planned; 5 deviation(s).",
				"Missing: touchpoint Mail was planned but did not happen (planned in step Thank of Plan)."), messages);
	}

	@Test
	void aJourneyThatIsNotActualIsNotChecked() {
		validation.assertIssues(issues("""
				journey Other { persona Shopper state current planned as j.Plan stage S { step X { touchpoint Y via Web } } }
				"""));
	}
}
