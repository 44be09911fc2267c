package journey.tests.validation;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.dsl.validation.JourneyIssueCodes;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class PropertyValidatorTest {

	@Inject
	private ParseHelper<JourneyModel> parser;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void aGoalGivenTwiceIsAnErrorOnTheSecondOne() throws Exception {
		String text = """
				journey J {
					stage S {
						goal "one"
						steps_placeholder
						goal "two"
					}
				}
				""".replace("steps_placeholder", "step A");
		JourneyModel model = parser.parse(text);
		validation.assertError(model, JourneyPackage.Literals.STAGE, JourneyIssueCodes.DUPLICATE_PROPERTY,
				text.indexOf("goal \"two\""), "goal \"two\"".length(),
				"'customer goal' is given twice in stage S; only one value can be kept, so remove one of them.");
	}

	@Test
	void aDurationGivenTwiceIsAnErrorAndNotSilentlyDropped() throws Exception {
		String text = """
				journey J {
					stage S {
						takes 2 days
						takes 3 days
					}
				}
				""";
		JourneyModel model = parser.parse(text);
		validation.assertError(model, JourneyPackage.Literals.STAGE, JourneyIssueCodes.DUPLICATE_PROPERTY,
				text.indexOf("takes 3 days"), "takes 3 days".length(),
				"'typical duration' is given twice in stage S; only one value can be kept, so remove one of them.");
	}

	@Test
	void propertiesMayComeInAnyOrderAndListsMayRepeat() throws Exception {
		JourneyModel model = parser.parse("""
				journey J {
					stage S {
						asks "a?"
						goal "g"
						asks "b?", "c?"
						takes 2 days target 3 days
					}
				}
				""");
		validation.assertNoIssue(model, JourneyPackage.Literals.STAGE, JourneyIssueCodes.DUPLICATE_PROPERTY);
		org.junit.jupiter.api.Assertions.assertEquals(3, model.getJourneys().get(0).getStages().get(0).getQuestions().size());
	}

	@Test
	void aSecondOwnerOfATouchpointIsReported() throws Exception {
		JourneyModel model = parser.parse("""
				team A
				team B
				journey J { stage S { step T { touchpoint P { owner A owner B } } } }
				""");
		validation.assertError(model, JourneyPackage.Literals.TOUCHPOINT, JourneyIssueCodes.DUPLICATE_PROPERTY,
				"'owner' is given twice in touchpoint P");
	}
}
