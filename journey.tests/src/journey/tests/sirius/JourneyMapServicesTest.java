package journey.tests.sirius;

import static journey.tests.sirius.Models.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.model.*;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.sirius.services.JourneyMapServices;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyMapServicesTest {

	@Inject
	private ServiceModels models;

	private final JourneyMapServices services = new JourneyMapServices();

	@Test
	void aTouchpointShowsItsTitleChannelAndEmotionOnTheJourneysScale() {
		Touchpoint catalogue = named(models.shop(), Touchpoint.class, "Catalogue");
		assertEquals("Product page\nvia Website\nfeels positive (1)", services.touchpointLabel(catalogue));
		assertEquals("Call\nvia Phone", services.touchpointLabel(named(catalogue, Touchpoint.class, "Call")));
	}

	@Test
	void emotionBandsAreReadAgainstTheMiddleOfTheJourneysOwnScale() {
		JourneyModel model = models.parse(ServiceModels.SEVEN_POINT);
		assertEquals("negative", services.emotionBand(named(model, Step.class, "A")));
		assertEquals("neutral", services.emotionBand(named(model, Step.class, "B")));
		assertEquals("positive", services.emotionBand(named(model, Step.class, "C")));
		assertEquals("none", services.emotionBand(named(model, Step.class, "D")));
		assertEquals("C\nfeels great (7)", services.stepLabel(named(model, Step.class, "C")), "a level the scale names shows its label");
		assertEquals("A\nfeels 2", services.stepLabel(named(model, Step.class, "A")));
	}

	@Test
	void theMapShowsStageGroupsDurationsQuestionsRolesTimingsAndTheBuyingGroup() {
		JourneyModel model = models.parse("""
				package b2b
				channel Web online website
				person Noor "Noor Jansen"
				customer role Trial "Trial user"
				journey Buy "Buy a tool" {
					buying group {
						member Anna "Anna de Vries" role decider
						member Kees
					}
					group Think "Think" spans Look
					stage Look "Looking" {
						takes 2-3 weeks target 2 weeks
						asks "Which tool?"
						step Try "Tries it" as Trial {
							at day 3
							asks "Does it import?"
							touchpoint Demo via Web {
								at 1 day after Try
								with Anna, Noor
							}
							referral Try 10%
						}
					}
				}
				""");
		assertEquals("Buy a tool\nBuying group: Anna de Vries (decider), Kees", services.journeyLabel(named(model, Journey.class, "Buy")));
		assertEquals("Looking\nThink\ntypically 2–3 weeks, target 2 weeks\nasks: Which tool?", services.stageLabel(named(model, Stage.class, "Look")));
		assertEquals("Tries it\nas Trial user\nwhen: day 3\nasks: Does it import?", services.stepLabel(named(model, Step.class, "Try")));
		assertEquals("Demo\nvia Web\nwhen: 1 day after Tries it (day 4)\nwith Anna de Vries (customer), Noor Jansen",
				services.touchpointLabel(named(model, Touchpoint.class, "Demo")));
		assertEquals(List.of("referral"), services.stepFlows(named(model, Journey.class, "Buy")).stream().map(flow -> flow.getKind().getLiteral()).toList());
	}

	@Test
	void theDefaultScaleMakesMinusTwoNegative() {
		assertEquals("negative", services.emotionBand(named(models.shop(), Step.class, "Browse")));
	}

	@Test
	void aStepShowsItsRoleReachAndEmotion() {
		assertEquals("Browses\nas visitor, reached by 500, feels very negative (-2)", services.stepLabel(named(models.shop(), Step.class, "Browse")));
		assertEquals("Pay", services.stepLabel(named(models.shop(), Step.class, "Pay")));
	}

	@Test
	void flowsAndDropOutsAreLabelledWithKindShareAndReason() {
		Step browse = named(models.shop(), Step.class, "Browse");
		assertEquals("next 40%", services.flowLabel(browse.getFlows().get(0)));
		assertEquals("drops 60%: Too expensive", services.flowLabel(browse.getFlows().get(1)));
		Journey journey = (Journey) browse.eContainer().eContainer();
		assertEquals(List.of(browse.getFlows().get(0)), services.stepFlows(journey));
		assertEquals(List.of(browse.getFlows().get(1)), services.dropOuts(journey));
		assertEquals("Pages load slowly [high]", services.painPointLabel(named(browse, PainPoint.class, "Slow")));
	}

	@Test
	void createdElementsGetTheFirstNameThatIsFreeInTheJourney() {
		Journey journey = models.shop().getJourneys().get(0);
		assertEquals("NewStage", services.createStage(journey).getName());
		assertEquals("NewStage2", services.createStage(journey).getName());
		Stage look = journey.getStages().get(0);
		assertEquals("NewStep", services.createStep(look).getName());
		assertSame(look, services.createStep(look).eContainer());
		assertEquals("NewPainPoint", services.createPainPoint(named(journey, Step.class, "Pay")).getName());
	}

	@Test
	void aNewTouchpointTakesTheChannelOfTheStepsLastTouchpoint() {
		JourneyModel model = models.shop();
		Touchpoint created = services.createTouchpoint(named(model, Step.class, "Pay"));
		assertEquals("NewTouchpoint", created.getName());
		assertSame(named(model, Channel.class, "Phone"), created.getChannel());
	}

	@Test
	void aNewTouchpointOnAnEmptyStepTakesTheJourneysFirstChannel() {
		JourneyModel model = models.shop();
		Step step = services.createStep(named(model, Stage.class, "Checkout"));
		assertSame(named(model, Channel.class, "Web"), services.createTouchpoint(step).getChannel());
	}

	@Test
	void aNewTouchpointGetsNoChannelWhenNoneIsVisible() {
		JourneyModel model = models.parse("journey Lone { stage S { step A } }");
		assertNull(services.createTouchpoint(named(model, Step.class, "A")).getChannel());
	}

	@Test
	void aFlowGoesFromOneStepToAnother() {
		JourneyModel model = models.shop();
		Step pay = named(model, Step.class, "Pay");
		Flow flow = services.createFlow(pay, named(model, Step.class, "Browse"));
		assertEquals(List.of(flow), pay.getFlows());
		assertEquals(FlowKind.NEXT, flow.getKind());
	}

	@Test
	void aTouchpointDroppedOnAnotherStepMovesThereAndKeepsItsName() {
		JourneyModel model = models.shop();
		Touchpoint catalogue = named(model, Touchpoint.class, "Catalogue");
		Step pay = named(model, Step.class, "Pay");
		assertTrue(services.canMoveTouchpoint(pay, catalogue));
		services.moveTouchpoint(pay, catalogue);
		assertSame(pay, catalogue.eContainer());
		assertEquals(List.of("Call", "Catalogue"), pay.getTouchpoints().stream().map(NamedElement::getName).toList());
		assertFalse(services.canMoveTouchpoint(pay, catalogue), "it is on that step already");
	}

	@Test
	void aStepDroppedOnAnotherStageMovesToItsEnd() {
		JourneyModel model = models.shop();
		Step browse = named(model, Step.class, "Browse");
		Stage checkout = named(model, Stage.class, "Checkout");
		services.moveStep(checkout, browse);
		assertEquals(List.of("Pay", "Browse"), checkout.getSteps().stream().map(NamedElement::getName).toList());
		assertFalse(services.canMoveStep(checkout, browse));
	}

	@Test
	void stagesMoveLeftAndRightButNotPastTheEnds() {
		Journey journey = models.shop().getJourneys().get(0);
		Stage look = journey.getStages().get(0);
		assertFalse(services.canMoveEarlier(look));
		services.moveLater(look);
		assertEquals(List.of("Checkout", "Look"), journey.getStages().stream().map(NamedElement::getName).toList());
		assertFalse(services.canMoveLater(look));
		services.moveLater(look);
		assertEquals(List.of("Checkout", "Look"), journey.getStages().stream().map(NamedElement::getName).toList());
		services.moveEarlier(look);
		assertEquals(List.of("Look", "Checkout"), journey.getStages().stream().map(NamedElement::getName).toList());
	}
}
