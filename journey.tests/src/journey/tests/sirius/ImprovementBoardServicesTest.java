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
import journey.sirius.services.ImprovementBoardServices;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ImprovementBoardServicesTest {

	@Inject
	private ServiceModels models;

	private final ImprovementBoardServices services = new ImprovementBoardServices();

	@Test
	void theBoardShowsASolutionsOwnerStakeholdersAndKpis() {
		Solution cdn = named(models.shop(), Solution.class, "Cdn");
		assertEquals("Use a CDN [planned]\nowner: Ops\nstakeholders: Sales team, Ann\nKPIs: Ctr", services.solutionLabel(cdn));
		assertEquals("Pages are slow\nfrom analytics\nabout Product page", services.insightLabel(named(cdn, Insight.class, "Slowness")));
		assertEquals("Faster\nunderused", services.opportunityLabel(named(cdn, Opportunity.class, "Faster")));
		assertEquals(List.of(named(cdn, PainPoint.class, "Slow")), services.painPoints((Journey) cdn.eContainer()));
		assertEquals("Pages load slowly [high] \u00b7 priority 3.00\nat Product page", services.boardPainPointLabel(named(cdn, PainPoint.class, "Slow")));
	}

	@Test
	void createdElementsGetTheFirstNameThatIsFreeInTheJourney() {
		Journey journey = models.shop().getJourneys().get(0);
		assertEquals("NewInsight", services.createInsight(journey).getName());
		assertEquals("NewOpportunity", services.createOpportunity(journey).getName());
		assertEquals("NewSolution", services.createSolution(journey).getName());
		assertEquals("NewSolution2", services.createSolution(journey).getName());
	}

	@Test
	void boardLinksAreAddedOnceAndRemovedOneByOne() {
		JourneyModel model = models.shop();
		Opportunity faster = named(model, Opportunity.class, "Faster");
		Solution cdn = services.createSolution(model.getJourneys().get(0));
		services.linkOpportunity(cdn, faster);
		services.linkOpportunity(cdn, faster);
		assertEquals(List.of(faster), cdn.getOpportunities());
		Insight insight = services.createInsight(model.getJourneys().get(0));
		services.linkInsight(faster, insight);
		assertEquals(2, faster.getInsights().size());
		services.unlinkOnBoard(faster, insight);
		services.unlinkOnBoard(faster, named(model, PainPoint.class, "Slow"));
		services.unlinkOnBoard(cdn, faster);
		assertEquals(1, faster.getInsights().size());
		assertEquals(List.of(), faster.getPainPoints());
		assertEquals(List.of(), cdn.getOpportunities());
		services.linkPainPoint(faster, named(model, PainPoint.class, "Slow"));
		assertEquals(1, faster.getPainPoints().size());
	}
}
