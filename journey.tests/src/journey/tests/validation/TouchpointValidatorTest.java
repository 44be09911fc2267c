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
class TouchpointValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String text) {
		return only(validation.issueList(CATALOGUE, text), MISSING_CHANNEL, EMOTION_OUT_OF_SCALE, INVALID_SCALE);
	}

	@Test
	void aTouchpointWithAChannelAndEmotionsOnTheDefaultScaleIsFine() {
		validation.assertIssues(issues("""
				import cat.*
				journey J { persona Shopper stage A { step One { feels -2 touchpoint P via Web { feels 2 } } } }
				"""));
	}

	@Test
	void aTouchpointWithoutChannelIsAnError() {
		List<Issue> issues = issues("""
				import cat.*
				journey J { persona Shopper stage A { step One {
					touchpoint P "Page"
				} } }
				""");
		validation.assertIssues(issues, "error journey.missingChannel line 3");
		assertEquals("Touchpoint P names no channel: add 'via <Channel>', such as via Website or via Phone.", validation.message(issues, MISSING_CHANNEL));
	}

	@Test
	void anEmotionOutsideTheDefaultScaleIsAnErrorThatCarriesTheBounds() {
		List<Issue> issues = issues("""
				import cat.*
				journey J { persona Shopper stage A { step One {
					feels 3
				} } }
				""");
		validation.assertIssues(issues, "error journey.emotionOutOfScale line 3");
		assertEquals(List.of("-2", "2"), List.of(issues.get(0).getData()));
	}

	@Test
	void aDeclaredScaleReplacesTheDefault() {
		validation.assertIssues(issues("""
				import cat.*
				scale Seven from -3 to 3 { -3 "furious" 3 "delighted" }
				journey J { persona Shopper scale Seven stage A { step One {
					feels 3
					touchpoint P via Web { feels -4 }
				} } }
				"""), "error journey.emotionOutOfScale line 5");
	}

	@Test
	void aScaleMustRunUpwardsAndLabelOnlyItsOwnValues() {
		validation.assertIssues(issues("""
				scale Upside from 3 to -3
				scale Labels from 1 to 5 { 0 "zero" 5 "top" }
				"""), "error journey.invalidScale line 1", "error journey.invalidScale line 2");
	}

	@Test
	void aScaleBeyondWhatAMapCanDrawIsAnErrorThatNamesTheLimit() {
		List<Issue> issues = issues("""
				scale Huge from 0 to 2147483647
				scale Whole from -2147483648 to 2147483647
				scale Percent from 0 to 100
				""");
		validation.assertIssues(issues, "error journey.invalidScale line 1", "error journey.invalidScale line 2");
		assertEquals("Scale Huge has 2147483648 levels (0 to 2147483647); a map draws at most 101, for example 0 to 100.", issues.get(0).getMessage());
		assertEquals("Scale Whole has 4294967296 levels (-2147483648 to 2147483647); a map draws at most 101, for example 0 to 100.", issues.get(1).getMessage());
	}
}
