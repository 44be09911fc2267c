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
class ImprovementValidatorTest {

	@Inject
	private ValidationTests validation;

	private static final String PAGE = """
			import cat.*
			journey J {
				persona Shopper
				stage A { step One { touchpoint Page via Web {
					supported by Sell.Show
					pain Slow "Slow page" severity high
					kpi Speed custom target 2
				} } }
			""";

	private List<Issue> issues(String improvement) {
		return only(validation.issueList(CATALOGUE, PAGE + improvement + "}\n"), PAIN_WITHOUT_RESPONSE, SOLUTION_WITHOUT_OWNER,
				SOLUTION_WITHOUT_KPI, MISSING_STAKEHOLDER);
	}

	@Test
	void aRelievedPainAndAnOwnedMeasuredSolutionWithItsStakeholdersAreFine() {
		validation.assertIssues(issues("""
				opportunity Faster { relieves Slow }
				solution Cache { addresses Faster owner Ann stakeholders Ops measured by Speed }
				"""));
	}

	@Test
	void aPainPointThatNoOpportunityRelievesGetsAnInfo() {
		List<Issue> issues = issues("");
		validation.assertIssues(issues, "info journey.painWithoutResponse line 6");
	}

	@Test
	void aSolutionWithoutOwnerOrKpiIsAWarning() {
		validation.assertIssues(issues("""
				opportunity Faster { relieves Slow }
				solution Cache { addresses Faster stakeholders Sales }
				"""), "warning journey.solutionWithoutOwner line 10", "warning journey.solutionWithoutKpi line 10");
	}

	@Test
	void aSolutionThatMissesTheOwnerOfAProcessBehindItsTouchpointIsAWarningThatNamesThem() {
		List<Issue> issues = issues("""
				opportunity Faster { relieves Slow }
				solution Cache { addresses Faster owner Ops measured by Speed }
				""");
		validation.assertIssues(issues, "warning journey.missingStakeholder line 10");
		assertEquals("Solution Cache misses stakeholders who own processes behind the touchpoints it addresses: Sales. Add them to 'stakeholders' so they are at the table.",
				issues.get(0).getMessage());
		assertEquals(List.of("cat.Sales"), List.of(issues.get(0).getData()));
	}
}
