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
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class BlueprintValidatorTest {

	@Inject
	private ValidationTests validation;

	private static final String CODES_JOURNEY = """
			import cat.*
			journey J { persona Shopper stage A { step One {
				touchpoint P via Web { supported by Sell.Show, Sell.Pack }
			} } }
			""";

	private List<Issue> issues(String... texts) {
		return only(validation.issueList(texts), UNSUPPORTED_TOUCHPOINT, MISSING_OWNER, IDLE_FRONTSTAGE_ACTIVITY, UNREACHED_ACTIVITY);
	}

	@Test
	void aTouchpointBackedByActivitiesInAnotherFileIsFine() {
		validation.assertIssues(issues(CATALOGUE, CODES_JOURNEY));
	}

	@Test
	void activitiesThatAJourneyInAnotherFileUsesAreNotIdleWhileTheIncrementalBuilderBuildsThemTogether() {
		List<Issue> catalogue = only(validation.issueListDuringIncrementalBuild(CODES_JOURNEY, CATALOGUE), IDLE_FRONTSTAGE_ACTIVITY, UNREACHED_ACTIVITY);
		assertEquals(List.of(), catalogue);
	}

	@Test
	void aStrayWordReportsTheSyntaxErrorNotActivitiesThatTheErrorCutOff() {
		// one file with the process and the journey; the stray word makes the parser drop the touchpoint after it
		List<Issue> all = validation.issueList("""
				team Ops
				process Sell owner Ops {
					activity Show frontstage
				}
				journey J { stage A { step One {
					oops
					touchpoint P { supported by Sell.Show }
				} } }
				""");
		assertTrue(all.stream().anyMatch(issue -> issue.isSyntaxError()), all.toString());
		assertEquals(List.of(), only(all, IDLE_FRONTSTAGE_ACTIVITY, UNREACHED_ACTIVITY));
	}

	@Test
	void aTouchpointThatNoActivitySupportsIsAWarning() {
		List<Issue> issues = issues(CATALOGUE, """
				import cat.*
				journey J { persona Shopper stage A { step One {
					touchpoint P via Web
				} } }
				""");
		validation.assertIssues(issues, "warning journey.unsupportedTouchpoint line 3");
		assertEquals("Nobody inside is behind touchpoint P: add 'supported by <Process.Activity>' to link it to the internal work that delivers it.",
				validation.message(issues, UNSUPPORTED_TOUCHPOINT));
	}

	@Test
	void processesAndActivitiesWithoutOwnerAreReportedButAnActivityInheritsItsProcessOwner() {
		validation.assertIssues(issues(CODES_JOURNEY.replace("import cat.*", "import cat.*\nimport other.*"), """
				package other
				team T
				process Owned owner T {
					activity Inherits frontstage
				}
				process Orphan {
					activity Lost frontstage
					activity Kept frontstage owner T
				}
				journey K { persona cat.Shopper stage A { step One {
					touchpoint Q via cat.Web { supported by Owned.Inherits, Orphan.Lost, Orphan.Kept }
				} } }
				"""), "warning journey.missingOwner line 6", "warning journey.missingOwner line 7");
	}

	@Test
	void aFrontstageActivityThatSupportsNoTouchpointIsReported() {
		List<Issue> issues = issues("""
				team T
				process P owner T {
					activity Visible frontstage
				}
				""");
		validation.assertIssues(issues, "warning journey.idleFrontstageActivity line 3");
	}

	@Test
	void backstageWorkReachedOnlyThroughTriggersCountsAsReached() {
		validation.assertIssues(issues("""
				team T
				channel Web
				persona Shopper
				process P owner T {
					activity Front frontstage triggers Back
					activity Back backstage triggers Support
					activity Support support
					activity Forgotten support
				}
				journey J { persona Shopper stage A { step One { touchpoint X via Web { supported by P.Front } } } }
				"""), "warning journey.unreachedActivity line 8");
	}
}
