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
import journey.sirius.services.ElementServices;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ElementServicesTest {

	@Inject
	private ServiceModels models;

	private final ElementServices services = new ElementServices();

	@Test
	void deletingAStepAlsoDeletesTheFlowsThatLeadToIt() {
		JourneyModel model = models.shop();
		Step browse = named(model, Step.class, "Browse");
		services.deleteElement(named(model, Step.class, "Pay"));
		assertEquals(List.of("dropout"), browse.getFlows().stream().map(Flow::getKind).map(Object::toString).toList());
	}

	@Test
	void deletingAStepUntimesWhatWasTimedFromItAndDropsAGroupLeftWithoutStages() {
		JourneyModel model = models.parse("""
				package timed
				journey J {
					group See spans A
					group Think spans B
					stage A {
						step One { at day 0 }
					}
					stage B {
						step Two { at 2 days after One }
					}
				}
				""");
		Step two = named(model, Step.class, "Two");
		services.deleteElement(named(model, Stage.class, "A"));
		assertNull(two.getTiming(), "a timing whose anchor is gone cannot be written");
		assertEquals(List.of("Think"), named(model, Journey.class, "J").getGroups().stream().map(StageGroup::getName).toList());
	}

	@Test
	void theOwnersToChooseFromAreNeverTheCustomersPeople() {
		JourneyModel model = models.parse("""
				package b2b
				team Sales
				journey J {
					buying group { member Anna role decider }
					stage A { step One { touchpoint T { with Anna } } }
				}
				""");
		assertEquals(List.of("Sales"), services.ownerCandidates(named(model, Touchpoint.class, "T")).stream().map(Party::getName).toList());
	}

	@Test
	void deletingAPainPointRemovesItFromTheOpportunitiesThatRelieveIt() {
		JourneyModel model = models.shop();
		Opportunity faster = named(model, Opportunity.class, "Faster");
		services.deleteElement(named(model, PainPoint.class, "Slow"));
		assertEquals(List.of(), faster.getPainPoints());
	}

	@Test
	void directEditSetsTheTitleAndAnEmptyTextBringsTheNameBack() {
		Stage look = named(models.shop(), Stage.class, "Look");
		services.editLabel(look, "  Explore  ");
		assertEquals("Explore", look.getTitle());
		assertEquals("Look", look.getName());
		services.editLabel(look, " ");
		assertNull(look.getTitle());
		assertEquals("Look", services.displayName(look));
	}

	@Test
	void ownersAreChosenAmongWhatContentAssistOffersAndShownByTitle() {
		JourneyModel model = models.shop();
		Solution cdn = named(model, Solution.class, "Cdn");
		// Hidden's package is not imported: it is offered, as content assist offers it, by its qualified name
		assertEquals(List.of("Sales", "Ops", "Ann", "Hidden"), services.ownerCandidates(cdn).stream().map(NamedElement::getName).toList());
		assertEquals("Ops", services.ownerName(cdn));
		assertEquals("Ann", services.ownerName(named(model, Activity.class, "Show")));
		assertEquals("Ops", services.ownerName(named(model, Activity.class, "Pack")), "an activity without owner counts for its process's");
		assertEquals("", services.ownerName(named(model, Touchpoint.class, "Call")));
	}
}
