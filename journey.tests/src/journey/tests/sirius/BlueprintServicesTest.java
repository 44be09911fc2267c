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
import journey.sirius.services.BlueprintServices;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class BlueprintServicesTest {

	@Inject
	private ServiceModels models;

	private final BlueprintServices services = new BlueprintServices();

	@Test
	void anActivityShowsTheTeamOfItsOwnerOrOfItsProcessOwner() {
		JourneyModel model = models.shop();
		assertEquals("Show products\nowner: Ann (Sales team)", services.activityLabel(named(model, Activity.class, "Show")));
		assertEquals("Pack\nowner: Ops", services.activityLabel(named(model, Activity.class, "Pack")));
	}

	@Test
	void eachBlueprintLaneHoldsTheActivitiesOfThatLaneBehindTheStage() {
		JourneyModel model = models.shop();
		Stage look = named(model, Stage.class, "Look");
		assertEquals(List.of(named(model, Activity.class, "Show")), services.laneActivities(look, "frontstage"));
		assertEquals(List.of(named(model, Activity.class, "Pack")), services.laneActivities(look, "backstage"));
		assertEquals(List.of(), services.laneActivities(look, "support"));
		assertEquals(List.of(named(model, Touchpoint.class, "Catalogue")), services.evidenceTouchpoints(look));
		assertEquals("Product photos\nReviews", services.evidenceLabel(named(model, Touchpoint.class, "Catalogue")));
	}

	@Test
	void anActivityThatASupportingActivityTriggersStandsInItsLaneToo() {
		JourneyModel model = models.shop();
		Stage look = named(model, Stage.class, "Look");
		Activity host = named(model, Activity.class, "Host");
		services.linkTrigger(named(model, Activity.class, "Pack"), host);
		assertEquals(List.of(host), services.laneActivities(look, "support"));
		services.unlinkTrigger(named(model, Activity.class, "Pack"), host);
		assertEquals(List.of(), services.laneActivities(look, "support"));
	}

	@Test
	void theSystemsLayerShowsTheSystemsTheActivitiesBehindTheJourneyUse() {
		JourneyModel model = models.shop();
		assertEquals(List.of("Shop", "Crm"), services.systemsUsed(model.getJourneys().get(0)).stream().map(NamedElement::getName).toList());
		services.unlinkSystem(named(model, Activity.class, "Pack"), named(model, Technology.class, "Crm"));
		assertEquals(List.of("Shop"), services.systemsUsed(model.getJourneys().get(0)).stream().map(NamedElement::getName).toList());
	}

	@Test
	void theWarningLayerListsUnsupportedTouchpointsAndUnownedActivities() {
		JourneyModel model = models.shop();
		Touchpoint call = named(model, Touchpoint.class, "Call");
		assertTrue(services.isUnsupported(call));
		assertTrue(services.isUnowned(call));
		assertFalse(services.isUnowned(named(model, Activity.class, "Pack")), "Pack is owned through its process");
		assertEquals(List.of(call), services.attentionNeeded(model.getJourneys().get(0)));
		assertEquals("Call: no supporting activity, no owner", services.attentionLabel(call));
	}

	@Test
	void aNewActivityJoinsTheProcessBehindTheStageInItsLaneAndSupportsTheFirstTouchpoint() {
		JourneyModel model = models.shop();
		Stage look = named(model, Stage.class, "Look");
		Activity created = services.createActivity(look, "support");
		assertEquals("NewActivity", created.getName());
		assertEquals(Lane.SUPPORT, created.getLane());
		assertSame(named(model, journey.dsl.model.Process.class, "Sell"), created.eContainer());
		assertTrue(named(model, Touchpoint.class, "Catalogue").getSupportedBy().contains(created));
		assertEquals(List.of(created), services.laneActivities(look, "support"));
	}

	@Test
	void noActivityIsCreatedUnderAStageWithoutTouchpoints() {
		JourneyModel model = models.shop();
		Stage empty = named(model, Stage.class, "Checkout");
		empty.getSteps().get(0).getTouchpoints().clear();
		assertFalse(services.canCreateActivity(empty));
		assertNull(services.createActivity(empty, "frontstage"));
		assertEquals(3, named(model, journey.dsl.model.Process.class, "Sell").getActivities().size());
	}

	@Test
	void linkingSupportAddsTheActivityOnce() {
		JourneyModel model = models.shop();
		Touchpoint call = named(model, Touchpoint.class, "Call");
		Activity host = named(model, Activity.class, "Host");
		services.linkSupport(call, host);
		services.linkSupport(call, host);
		assertEquals(List.of(host), call.getSupportedBy());
		services.unlinkSupport(call, host);
		assertEquals(List.of(), call.getSupportedBy());
	}

	@Test
	void reconnectingTheActivityEndKeepsThePlaceInTheList() {
		JourneyModel model = models.shop();
		Touchpoint catalogue = named(model, Touchpoint.class, "Catalogue");
		Activity show = named(model, Activity.class, "Show");
		Activity pack = named(model, Activity.class, "Pack");
		Activity host = named(model, Activity.class, "Host");
		services.reconnectSupportTarget(catalogue, show, host);
		assertEquals(List.of(host, pack), catalogue.getSupportedBy());
		services.reconnectSupportTarget(catalogue, host, pack);
		assertEquals(List.of(pack), catalogue.getSupportedBy(), "reconnecting onto an activity already linked leaves one link");
	}

	@Test
	void reconnectingTheTouchpointEndMovesTheSupport() {
		JourneyModel model = models.shop();
		Touchpoint catalogue = named(model, Touchpoint.class, "Catalogue");
		Touchpoint call = named(model, Touchpoint.class, "Call");
		Activity show = named(model, Activity.class, "Show");
		services.reconnectSupportSource(catalogue, call, show);
		assertEquals(List.of(named(model, Activity.class, "Pack")), catalogue.getSupportedBy());
		assertEquals(List.of(show), call.getSupportedBy());
	}

	@Test
	void anActivityDroppedInAnotherLaneChangesItsLane() {
		Activity show = named(models.shop(), Activity.class, "Show");
		services.moveToLane(show, "backstage");
		assertEquals(Lane.BACKSTAGE, show.getLane());
	}

	@Test
	void removingAnActivityThatAnotherJourneyUsesOnlyTakesItOutOfThisJourney() {
		JourneyModel other = models.parse(ServiceModels.CATALOGUE, ServiceModels.OTHER_PACKAGE, ServiceModels.JOURNEY,
				"package again import cat.* journey Again { stage S { step A { touchpoint T via Web { supported by Sell.Show } } } }");
		Journey buy = named(other, Journey.class, "Buy");
		Activity show = named(other, Activity.class, "Show");
		services.removeActivity(show, buy);
		assertFalse(named(buy, Touchpoint.class, "Catalogue").getSupportedBy().contains(show));
		assertTrue(named(other, Touchpoint.class, "T").getSupportedBy().contains(show), "the other journey keeps its support");
		assertSame(named(other, journey.dsl.model.Process.class, "Sell"), show.eContainer(), "the activity stays in the catalogue");
	}

	@Test
	void removingAnActivityNothingElseUsesDeletesItFromTheCatalogue() {
		JourneyModel model = models.shop();
		Activity pack = named(model, Activity.class, "Pack");
		journey.dsl.model.Process sell = named(model, journey.dsl.model.Process.class, "Sell");
		services.removeActivity(pack, model.getJourneys().get(0));
		assertFalse(sell.getActivities().contains(pack));
		assertEquals(List.of(named(model, Activity.class, "Show")), named(model, Touchpoint.class, "Catalogue").getSupportedBy());
	}

	@Test
	void anActivityTriggeredByAnotherStaysInTheCatalogueWhenRemovedFromAJourney() {
		JourneyModel model = models.shop();
		Activity pack = named(model, Activity.class, "Pack");
		services.linkTrigger(named(model, Activity.class, "Host"), pack);
		services.removeActivity(pack, model.getJourneys().get(0));
		assertSame(named(model, journey.dsl.model.Process.class, "Sell"), pack.eContainer());
	}
}
