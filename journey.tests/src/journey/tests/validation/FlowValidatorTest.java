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
class FlowValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String stages) {
		return only(validation.issueList("journey J {\n" + stages + "}\n"), FUNNEL_INCREASE, UNREACHABLE_STEP, FLOW_WITHOUT_TARGET,
				LOOP_WITHOUT_EXIT, SHARES_EXCEED_100, REPEAT_LEADS_FORWARD);
	}

	@Test
	void aLinearJourneyWithoutFlowsIsReachableAndItsFunnelFalls() {
		validation.assertIssues(issues("""
				stage A {
					step One reached 100
					step Two reached 80
					step Three reached 80
				}
				"""));
	}

	@Test
	void aFunnelCountAboveItsOnlyPredecessorIsAWarning() {
		List<Issue> issues = issues("""
				stage A {
					step One reached 100
					step Two reached 120
				}
				""");
		validation.assertIssues(issues, "warning journey.funnelIncrease line 4");
		assertEquals("Step Two reached 120 customers, but the step before it reached 100; a funnel count cannot grow unless a loop or another entry explains it.",
				issues.get(0).getMessage());
	}

	@Test
	void aSecondEntryOrALoopExplainsAHigherCount() {
		validation.assertIssues(issues("""
				stage A {
					step One reached 100 { next Two 50% alternative Side 50% }
					step Side reached 50 { next Three 100% }
					step Two reached 50 { next Three 100% }
					step Three reached 90 { loop Four 10% next Four 90% }
					step Four reached 95 { loop Three 20% drops 80% }
				}
				"""));
	}

	@Test
	void aStepThatNoFlowReachesIsAWarning() {
		validation.assertIssues(issues("""
				stage A {
					step One { next Three 100% }
					step Two { next Three 100% }
					step Three
				}
				"""), "warning journey.unreachableStep line 4");
	}

	@Test
	void aNextFlowBackToItsOwnStepIsAnError() {
		validation.assertIssues(issues("""
				stage A {
					step One { next One 10% loop One 5% next Two 85% }
					step Two
				}
				"""), "error journey.flowWithoutTarget line 3");
	}

	@Test
	void aLoopWithNoWayOutIsReported() {
		validation.assertIssues(issues("""
				stage A {
					step Start { next One 100% }
					step One { next Two 100% }
					step Two { loop One 100% }
					step End
				}
				"""), "warning journey.loopWithoutExit line 4", "warning journey.unreachableStep line 6");
	}

	@Test
	void sharesAboveOneHundredPercentAreAWarning() {
		validation.assertIssues(issues("""
				stage A {
					step One { next Two 70% drops 40% }
					step Two
				}
				"""), "warning journey.sharesExceed100 line 3");
	}

	@Test
	void aReferralIsNoPartOfTheSplitAndNoLoopOfTheSameCustomers() {
		validation.assertIssues(issues("""
				stage A {
					step Find {
						next Buy 50%
						drops 50%
					}
					step Buy {
						next Share 100%
					}
					step Share {
						referral Find 30%
						repeat Buy 40%
						drops 60%
					}
				}
				"""));
	}

	@Test
	void aReferralAloneDoesNotMakeAStepReachable() {
		List<Issue> issues = issues("""
				stage A {
					step Find
					step Share {
						referral Find 10%
						referral Other 10%
					}
				}
				stage B {
					step Other
				}
				""");
		validation.assertIssues(issues);
	}

	@Test
	void aRepeatPurchaseThatLeadsForwardIsAWarning() {
		List<Issue> issues = issues("""
				stage A {
					step Find {
						repeat Buy 10%
						next Buy 90%
					}
					step Buy
				}
				""");
		validation.assertIssues(issues, "warning journey.repeatLeadsForward line 4");
		assertEquals("A repeat purchase leads back to an earlier step, but Buy comes after Find; write 'next' for customers who go on,"
				+ " or name the step where they start again.", issues.get(0).getMessage());
	}
}
