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

import journey.dsl.model.Activity;
import journey.dsl.model.Channel;
import journey.dsl.model.Flow;
import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.Lane;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.sirius.services.JourneyServices;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyServicesTest {

	private static final String CATALOGUE = """
			package cat
			channel Web "Website" online website
			channel Phone offline phone
			team Sales "Sales team"
			team Ops
			person Ann "Ann" in Sales
			system Shop "Shop platform"
			system Crm
			process Sell owner Ops {
				activity Show "Show products" frontstage owner Ann uses Shop
				activity Pack backstage uses Crm
				activity Host support owner Ops uses Shop
			}
			""";

	private static final String OTHER_PACKAGE = """
			package elsewhere
			team Hidden
			channel Fax offline other
			""";

	private static final String JOURNEY = """
			package shop
			import cat.*
			journey Buy "Buy something" {
				kpi Nps nps target 30 actual 20 reviewed quarterly by Sales
				stage Look "Look around" {
					kpi Visits visits target 1000 actual 1200
					step Browse "Browses" as visitor reached 500 {
						feels -2
						touchpoint Catalogue "Product page" via Web {
							feels 1
							key moment
							evidence "Product photos", "Reviews"
							supported by Sell.Show, Sell.Pack
							pain Slow "Pages load slowly" severity high
							kpi Ctr ctr target 35% actual 38% reviewed weekly by Ops
						}
						next Pay 40%
						drops 60% because "Too expensive"
					}
				}
				stage Checkout {
					step Pay {
						touchpoint Call via Phone
					}
				}
				insight Slowness "Pages are slow" from analytics { about Catalogue }
				opportunity Faster is underused { from Slowness relieves Slow }
				solution Cdn "Use a CDN" { status planned addresses Faster owner Ops stakeholders Sales, Ann measured by Ctr }
			}
			""";

	private static final String SEVEN_POINT = """
			package b2b
			scale Seven from 1 to 7 { 1 "awful" 4 "so-so" 7 "great" }
			journey J { scale Seven stage S { step A { feels 2 } step B { feels 4 } step C { feels 7 } step D } }
			""";

	@Inject
	private Models models;

	private final JourneyServices services = new JourneyServices();

	private JourneyModel shop() {
		return models.parse(CATALOGUE, OTHER_PACKAGE, JOURNEY);
	}

	@Test
	void aTouchpointShowsItsTitleChannelAndEmotionOnTheJourneysScale() {
		Touchpoint catalogue = named(shop(), Touchpoint.class, "Catalogue");
		assertEquals("Product page\nvia Website\nfeels positive (1)", services.touchpointLabel(catalogue));
		assertEquals("Call\nvia Phone", services.touchpointLabel(named(catalogue, Touchpoint.class, "Call")));
	}

	@Test
	void emotionBandsAreReadAgainstTheMiddleOfTheJourneysOwnScale() {
		JourneyModel model = models.parse(SEVEN_POINT);
		assertEquals("negative", services.emotionBand(named(model, Step.class, "A")));
		assertEquals("neutral", services.emotionBand(named(model, Step.class, "B")));
		assertEquals("positive", services.emotionBand(named(model, Step.class, "C")));
		assertEquals("none", services.emotionBand(named(model, Step.class, "D")));
		assertEquals("great (7)", services.emotionText(named(model, Step.class, "C")));
		assertEquals("2", services.emotionText(named(model, Step.class, "A")));
	}

	@Test
	void theDefaultScaleMakesMinusTwoNegative() {
		assertEquals("negative", services.emotionBand(named(shop(), Step.class, "Browse")));
	}

	@Test
	void aStepShowsItsRoleAndReach() {
		assertEquals("Browses\nas visitor, reached by 500", services.stepLabel(named(shop(), Step.class, "Browse")));
		assertEquals("Pay", services.stepLabel(named(shop(), Step.class, "Pay")));
	}

	@Test
	void flowsAndDropOutsAreLabelledWithKindShareAndReason() {
		Step browse = named(shop(), Step.class, "Browse");
		assertEquals("next 40%", services.flowLabel(browse.getFlows().get(0)));
		assertEquals("drops 60%: Too expensive", services.flowLabel(browse.getFlows().get(1)));
		Journey journey = (Journey) browse.eContainer().eContainer();
		assertEquals(List.of(browse.getFlows().get(0)), services.stepFlows(journey));
		assertEquals(List.of(browse.getFlows().get(1)), services.dropOuts(journey));
	}

	@Test
	void anActivityShowsTheTeamOfItsOwnerOrOfItsProcessOwner() {
		JourneyModel model = shop();
		assertEquals("Show products\nowner: Ann (Sales team)", services.activityLabel(named(model, Activity.class, "Show")));
		assertEquals("Pack\nowner: Ops", services.activityLabel(named(model, Activity.class, "Pack")));
	}

	@Test
	void eachBlueprintLaneHoldsTheActivitiesOfThatLaneBehindTheStage() {
		JourneyModel model = shop();
		Stage look = named(model, Stage.class, "Look");
		assertEquals(List.of(named(model, Activity.class, "Show")), services.laneActivities(look, "frontstage"));
		assertEquals(List.of(named(model, Activity.class, "Pack")), services.laneActivities(look, "backstage"));
		assertEquals(List.of(), services.laneActivities(look, "support"));
		assertEquals(List.of(named(model, Touchpoint.class, "Catalogue")), services.evidenceTouchpoints(look));
		assertEquals("Product photos\nReviews", services.evidenceLabel(named(model, Touchpoint.class, "Catalogue")));
	}

	@Test
	void theSystemsLayerShowsTheSystemsTheActivitiesBehindTheJourneyUse() {
		JourneyModel model = shop();
		assertEquals(List.of("Shop", "Crm"), services.systemsUsed(model.getJourneys().get(0)).stream().map(NamedElement::getName).toList());
	}

	@Test
	void theWarningLayerListsUnsupportedTouchpointsAndUnownedActivities() {
		JourneyModel model = shop();
		Touchpoint call = named(model, Touchpoint.class, "Call");
		assertTrue(services.isUnsupported(call));
		assertTrue(services.isUnowned(call));
		assertFalse(services.isUnowned(named(model, Activity.class, "Pack")), "Pack is owned through its process");
		assertEquals(List.of(call), services.attentionNeeded(model.getJourneys().get(0)));
		assertEquals("Call: no supporting activity, no owner", services.attentionLabel(call));
	}

	@Test
	void theKpiTableListsJourneyStageAndTouchpointKpisWithTheirColumns() {
		JourneyModel model = shop();
		List<Kpi> kpis = services.allKpis(model.getJourneys().get(0));
		assertEquals(List.of("Nps", "Visits", "Ctr"), kpis.stream().map(NamedElement::getName).toList());
		Kpi ctr = kpis.get(2);
		assertEquals("touchpoint Product page", services.kpiSubject(ctr));
		assertEquals("stage Look around", services.kpiSubject(kpis.get(1)));
		assertEquals("journey Buy something", services.kpiSubject(kpis.get(0)));
		assertEquals("35%", services.kpiTarget(ctr));
		assertEquals("38%", services.kpiActual(ctr));
		assertEquals("met", services.kpiStatus(ctr));
		assertEquals("missed", services.kpiStatus(kpis.get(0)));
		assertEquals("Ops", services.ownerName(ctr));
		assertEquals("weekly", services.kpiCadence(ctr));
		assertEquals("", services.kpiCadence(kpis.get(1)));
		assertEquals("1000 visits", services.kpiTarget(kpis.get(1)));
	}

	@Test
	void editingAKpiTargetAcceptsPercentagesAndIgnoresText() {
		Kpi ctr = named(shop(), Kpi.class, "Ctr");
		services.editKpiTarget(ctr, " 40% ");
		assertEquals(new BigDecimal("40"), ctr.getTarget());
		services.editKpiTarget(ctr, "forty");
		assertEquals(new BigDecimal("40"), ctr.getTarget());
		services.editKpiActual(ctr, "");
		assertNull(ctr.getActual());
	}

	@Test
	void theBoardShowsASolutionsOwnerStakeholdersAndKpis() {
		Solution cdn = named(shop(), Solution.class, "Cdn");
		assertEquals("Use a CDN [planned]\nowner: Ops\nstakeholders: Sales team, Ann\nKPIs: Ctr", services.solutionLabel(cdn));
		assertEquals("Pages are slow\nfrom analytics\nabout Product page", services.insightLabel(named(cdn, Insight.class, "Slowness")));
		assertEquals("Faster\nunderused", services.opportunityLabel(named(cdn, Opportunity.class, "Faster")));
		assertEquals(List.of(named(cdn, PainPoint.class, "Slow")), services.painPoints(cdn.eContainer() instanceof Journey j ? j : null));
	}

	@Test
	void createdElementsGetTheFirstNameThatIsFreeInTheJourney() {
		Journey journey = shop().getJourneys().get(0);
		assertEquals("NewStage", services.createStage(journey).getName());
		assertEquals("NewStage2", services.createStage(journey).getName());
		Stage look = journey.getStages().get(0);
		assertEquals("NewStep", services.createStep(look).getName());
		assertSame(look, services.createStep(look).eContainer());
		assertEquals("NewInsight", services.createInsight(journey).getName());
		assertEquals("NewOpportunity", services.createOpportunity(journey).getName());
		assertEquals("NewSolution", services.createSolution(journey).getName());
	}

	@Test
	void aNewTouchpointTakesTheChannelOfTheStepsLastTouchpoint() {
		JourneyModel model = shop();
		Touchpoint created = services.createTouchpoint(named(model, Step.class, "Pay"));
		assertEquals("NewTouchpoint", created.getName());
		assertSame(named(model, Channel.class, "Phone"), created.getChannel());
	}

	@Test
	void aNewTouchpointOnAnEmptyStepTakesTheJourneysFirstChannel() {
		JourneyModel model = shop();
		Step step = services.createStep(named(model, Stage.class, "Checkout"));
		assertSame(named(model, Channel.class, "Web"), services.createTouchpoint(step).getChannel());
	}

	@Test
	void aNewTouchpointGetsNoChannelWhenNoneIsVisible() {
		JourneyModel model = models.parse("journey Lone { stage S { step A } }");
		assertNull(services.createTouchpoint(named(model, Step.class, "A")).getChannel());
	}

	@Test
	void aNewActivityJoinsTheProcessBehindTheStageInItsLaneAndSupportsTheFirstTouchpoint() {
		JourneyModel model = shop();
		Stage look = named(model, Stage.class, "Look");
		Activity created = services.createActivity(look, "support");
		assertEquals("NewActivity", created.getName());
		assertEquals(Lane.SUPPORT, created.getLane());
		assertSame(named(model, Process.class, "Sell"), created.eContainer());
		assertTrue(named(model, Touchpoint.class, "Catalogue").getSupportedBy().contains(created));
		assertEquals(List.of(created), services.laneActivities(look, "support"));
	}

	@Test
	void noActivityIsCreatedUnderAStageWithoutTouchpoints() {
		JourneyModel model = shop();
		Stage empty = services.createStage(model.getJourneys().get(0));
		assertFalse(services.canCreateActivity(empty));
		assertNull(services.createActivity(empty, "frontstage"));
		assertEquals(3, named(model, Process.class, "Sell").getActivities().size());
	}

	@Test
	void linkingSupportAddsTheActivityOnce() {
		JourneyModel model = shop();
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
		JourneyModel model = shop();
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
		JourneyModel model = shop();
		Touchpoint catalogue = named(model, Touchpoint.class, "Catalogue");
		Touchpoint call = named(model, Touchpoint.class, "Call");
		Activity show = named(model, Activity.class, "Show");
		services.reconnectSupportSource(catalogue, call, show);
		assertEquals(List.of(named(model, Activity.class, "Pack")), catalogue.getSupportedBy());
		assertEquals(List.of(show), call.getSupportedBy());
	}

	@Test
	void boardLinksAreAddedOnceAndRemovedByUnlink() {
		JourneyModel model = shop();
		Opportunity faster = named(model, Opportunity.class, "Faster");
		Solution cdn = services.createSolution(model.getJourneys().get(0));
		services.linkOpportunity(cdn, faster);
		services.linkOpportunity(cdn, faster);
		assertEquals(List.of(faster), cdn.getOpportunities());
		Insight insight = services.createInsight(model.getJourneys().get(0));
		services.linkInsight(faster, insight);
		assertEquals(2, faster.getInsights().size());
		services.unlink(faster, insight);
		services.unlink(faster, named(model, PainPoint.class, "Slow"));
		assertEquals(1, faster.getInsights().size());
		assertEquals(List.of(), faster.getPainPoints());
		services.linkPainPoint(faster, named(model, PainPoint.class, "Slow"));
		assertEquals(1, faster.getPainPoints().size());
	}

	@Test
	void deletingAStepAlsoDeletesTheFlowsThatLeadToIt() {
		JourneyModel model = shop();
		Step browse = named(model, Step.class, "Browse");
		services.deleteElement(named(model, Step.class, "Pay"));
		assertEquals(List.of("dropout"), browse.getFlows().stream().map(Flow::getKind).map(Object::toString).toList());
	}

	@Test
	void deletingAPainPointRemovesItFromTheOpportunitiesThatRelieveIt() {
		JourneyModel model = shop();
		Opportunity faster = named(model, Opportunity.class, "Faster");
		services.deleteElement(named(model, PainPoint.class, "Slow"));
		assertEquals(List.of(), faster.getPainPoints());
	}

	@Test
	void directEditSetsTheTitleAndAnEmptyTextBringsTheNameBack() {
		Stage look = named(shop(), Stage.class, "Look");
		services.editLabel(look, "  Explore  ");
		assertEquals("Explore", look.getTitle());
		assertEquals("Look", look.getName());
		services.editLabel(look, " ");
		assertNull(look.getTitle());
		assertEquals("Look", services.displayName(look));
	}

	@Test
	void ownersAreChosenFromThePartiesTheFileCanReferTo() {
		JourneyModel model = shop();
		Solution cdn = named(model, Solution.class, "Cdn");
		assertEquals(List.of("Sales", "Ops", "Ann"), services.ownerCandidates(cdn).stream().map(NamedElement::getName).toList());
		Party sales = named(model, Party.class, "Sales");
		services.setOwner(cdn, sales);
		assertSame(sales, cdn.getOwner());
		Activity pack = named(model, Activity.class, "Pack");
		services.setOwner(pack, sales);
		assertEquals("Pack\nowner: Sales team", services.activityLabel(pack));
	}
}
