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
class StructureValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String text) {
		return only(validation.issueList(CATALOGUE, text), DUPLICATE_NAME, MISSING_PERSONA, JOURNEY_WITHOUT_STAGES,
				STAGE_WITHOUT_STEPS, STEP_COUNT, PLANNED_JOURNEY_STATE);
	}

	@Test
	void aCompleteJourneyWithFourStepsHasNoStructureIssue() {
		validation.assertIssues(issues("""
				import cat.*
				journey J {
					persona Shopper
					stage A { step One step Two }
					stage B { step Three step Four }
				}
				"""));
	}

	@Test
	void twoStepsWithTheSameNameInOneJourneyAreBothReported() {
		List<Issue> issues = issues("""
				import cat.*
				journey J {
					persona Shopper
					stage A { step One step Two }
					stage B { step One step Four }
				}
				""");
		validation.assertIssues(issues, "error journey.duplicateName line 4", "error journey.duplicateName line 5");
		assertEquals("The name 'One' is used 2 times in journey J; references could not tell them apart, so give each a different name.",
				issues.get(0).getMessage());
	}

	@Test
	void theSameStepNameInTwoJourneysIsFine() {
		validation.assertIssues(issues("""
				import cat.*
				journey J { persona Shopper stage A { step One step Two step Three step Four } }
				journey K { persona Shopper stage A { step One step Two step Three step Four } }
				"""));
	}

	@Test
	void aJourneyWithoutPersonaIsAnError() {
		List<Issue> issues = issues("""
				journey J {
					stage A { step One step Two step Three step Four }
				}
				""");
		validation.assertIssues(issues, "error journey.missingPersona line 1");
		assertEquals("Journey J names no persona: add 'persona <Name>' to say whose journey this is (one point of view per journey).",
				validation.message(issues, MISSING_PERSONA));
	}

	@Test
	void aJourneyWithoutStagesAndAStageWithoutStepsAreWarnings() {
		validation.assertIssues(issues("""
				import cat.*
				journey J { persona Shopper }
				journey K { persona Shopper stage Empty { } stage Full { step One step Two step Three step Four } }
				"""), "warning journey.journeyWithoutStages line 2", "warning journey.stageWithoutSteps line 3");
	}

	@Test
	void fewerThanFourOrMoreThanTwelveStepsGetAnInfo() {
		String thirteen = "step S1 step S2 step S3 step S4 step S5 step S6 step S7 step S8 step S9 step S10 step S11 step S12 step S13";
		List<Issue> issues = issues("""
				import cat.*
				journey Short { persona Shopper stage A { step One step Two step Three } }
				journey Long { persona Shopper stage A { STEPS } }
				""".replace("STEPS", thirteen));
		validation.assertIssues(issues, "info journey.stepCount line 2", "info journey.stepCount line 3");
	}

	@Test
	void anActualJourneyPlannedAsAFutureJourneyIsAnError() {
		String steps = "stage A { step One step Two step Three step Four }";
		validation.assertIssues(issues("""
				import cat.*
				journey Plan { persona Shopper state planned STEPS }
				journey Dream { persona Shopper state future STEPS }
				journey Trip { persona Shopper state actual planned as Plan STEPS }
				journey Odd { persona Shopper state actual planned as Dream STEPS }
				""".replace("STEPS", steps)), "error journey.plannedJourneyState line 5");
	}

	@Test
	void aJourneyOfMoreStepsThanAMapCanDrawIsAnErrorThatNamesTheLimit() {
		StringBuilder steps = new StringBuilder();
		for (int i = 0; i < 1001; i++) {
			steps.append(" step S").append(i);
		}
		List<Issue> issues = issues("import cat.*\njourney J {\n\tpersona Shopper\n\tstage A {" + steps + " }\n}\n");
		validation.assertIssues(issues, "error journey.stepCount line 2");
		assertEquals("Journey J has 1001 steps; a map draws at most 1000: split it into journeys that follow one another.", issues.get(0).getMessage());
	}
}
