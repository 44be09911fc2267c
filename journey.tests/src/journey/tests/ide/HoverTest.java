package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hovers: title and description, a KPI's numbers, a touchpoint's blueprint, a team's holdings. */
class HoverTest {

	@TempDir
	Path root;

	private static final String JOURNEY = """
			package shop
			import catalog.*
			scale Mood "Mood" from 1 to 5
			journey Buy "Buy a trip" {
				persona Explorer
				kpi Nps "Net Promoter Score" nps target 30 actual 34 reviewed quarterly by Sales {
					2025-12-31: 27
					2026-03-31: 34
				}
				stage Look "Looking" {
					step Browse "Browses" {
						touchpoint Home "Home page" via Website {
							supported by MaintainSite.PublishTours, MaintainSite.HostSite
							feels -2 "Lost"
							kpi Abandon "Cart abandonment" cart-abandonment target 20% actual 25% {
								2026-01-31: 30%
								2026-02-28: 25%
							}
							kpi Opens "Open rate" open-rate target 60%
						}
						touchpoint Call "Advice call" via Phone { owner WebTeam }
					}
				}
				solution Filters "Tour filters" { owner WebTeam }
			}
			""";

	private String hover(String file, String snippet, int offset) {
		LspTestClient ls = LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, "shop.journey", JOURNEY));
		return ls.hover(file, ls.positionOf(file, snippet, offset)).getContents().getRight().getValue();
	}

	@Test
	void aCatalogueElementShowsItsTitleAndDescription() {
		assertEquals("""
				**Explorer, 34** (persona `Explorer`)

				Plans one big trip a year.""", hover(Catalogue.FILE, "Explorer", 1));
	}

	@Test
	void aReferenceShowsTheElementItNames() {
		assertEquals("""
				**Explorer, 34** (persona `Explorer`)

				Plans one big trip a year.""", hover("shop.journey", "persona Explorer", 10));
	}

	@Test
	void aKpiThatMeetsItsTargetShowsItsNumbersStatusAndTrend() {
		assertEquals("""
				**Net Promoter Score** (KPI `Nps`)

				Net Promoter Score (NPS); higher is better

				Target: 30 score · Actual: 34 score · Status: met

				Trend: improving (27 score → 34 score)\n\nLast measured: 34 score on 2026-03-31""", hover("shop.journey", "Nps \"", 1));
	}

	@Test
	void aKpiWhereLowerIsBetterIsJudgedThatWay() {
		assertEquals("""
				**Cart abandonment** (KPI `Abandon`)

				Cart abandonment rate; lower is better

				Target: 20% · Actual: 25% · Status: missed

				Trend: improving (30% → 25%)\n\nLast measured: 25% on 2026-02-28""", hover("shop.journey", "Abandon \"", 1));
	}

	@Test
	void aKpiWithoutAnActualValueHasNoData() {
		assertEquals("""
				**Open rate** (KPI `Opens`)

				E-mail open rate; higher is better

				Target: 60% · Actual: none · Status: no data

				Trend: no trend yet""", hover("shop.journey", "Opens \"", 1));
	}

	@Test
	void aTouchpointShowsItsChannelEmotionAndTheActivitiesBehindItWithTheirOwners() {
		assertEquals("""
				**Home page** (touchpoint `Home`)

				Emotion: -2 (very negative)

				Channel: Agency website

				Supported by:
				- Publish tour pages (`MaintainSite.PublishTours`) — owner Web team
				- Host the website (`MaintainSite.HostSite`) — owner Sales""", hover("shop.journey", "Home \"", 1));
	}

	@Test
	void aTeamShowsWhatItAnswersForInEveryFileAsTheOwnershipMatrixCountsIt() {
		// Home page has no owner of its own: it counts for the owners of the activities behind it, WebTeam and Sales.
		assertEquals("""
				**Web team** (team `WebTeam`)

				Owns:
				- process Maintain the website
				- activity Publish tour pages
				- system Content management system

				Owns in journey Buy a trip:
				- touchpoint Home page
				- touchpoint Advice call
				- solution Tour filters""", hover(Catalogue.FILE, "WebTeam", 1));
	}

	@Test
	void aTeamOwningKpisListsThem() {
		assertEquals("""
				**Sales** (team `Sales`)

				Owns:
				- process Book trips
				- activity Host the website
				- activity Take the booking

				Owns in journey Buy a trip:
				- touchpoint Home page
				- KPI Net Promoter Score""", hover(Catalogue.FILE, "Sales \"", 1));
	}

	@Test
	void theSameKpiInTwoJourneysIsListedUnderEachJourney() {
		LspTestClient ls = LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT,
				"now.journey", "package shop import catalog.* journey Now \"As is\" { kpi Nps \"NPS\" nps target 30 reviewed quarterly by Sales }",
				"later.journey", "package shop import catalog.* journey Later \"To be\" { kpi Nps \"NPS\" nps target 40 reviewed quarterly by Sales }"));
		String hover = ls.hover(Catalogue.FILE, ls.positionOf(Catalogue.FILE, "Sales \"", 1)).getContents().getRight().getValue();
		String holdings = hover.substring(hover.indexOf("Owns in journey"));
		assertTrue(holdings.equals("""
				Owns in journey As is:
				- KPI NPS

				Owns in journey To be:
				- KPI NPS""") || holdings.equals("""
				Owns in journey To be:
				- KPI NPS

				Owns in journey As is:
				- KPI NPS"""), hover);
	}

	@Test
	void anEmotionScaleIsCalledOneInTwoWords() {
		assertEquals("**Mood** (emotion scale `Mood`)", hover("shop.journey", "Mood \"", 1));
	}

	@Test
	void aStepShowsItsRoleQuestionsAndWhenItHappensOnTheJourneysDays() {
		LspTestClient ls = LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, "b2b.journey", """
				package b2b
				import catalog.*
				customer role Subscriber "Subscriber"
				journey Buy {
					persona Explorer
					buying group "Project group" {
						member Anna "Anna de Vries" is "Head of planning" role decider
					}
					stage Look {
						takes 2-3 weeks target 2 weeks
						step Browse as Subscriber {
							at day 3
							asks "Which tool fits?", "What does it cost?"
						}
						step Demo {
							at 1-2 weeks after Browse
							touchpoint Meeting via Phone { with Anna, Ines }
						}
					}
				}
				"""));
		String step = ls.hover("b2b.journey", ls.positionOf("b2b.journey", "step Demo", 6)).getContents().getRight().getValue();
		assertEquals("""
				**Demo** (step `Demo`)

				When: 1–2 weeks after Browse (days 10–17)""", step);
		String browse = ls.hover("b2b.journey", ls.positionOf("b2b.journey", "step Browse", 6)).getContents().getRight().getValue();
		assertEquals("""
				**Browse** (step `Browse`)

				When: day 3

				As: Subscriber

				Asks:
				- Which tool fits?
				- What does it cost?""", browse);
		String meeting = ls.hover("b2b.journey", ls.positionOf("b2b.journey", "touchpoint Meeting", 12)).getContents().getRight().getValue();
		assertTrue(meeting.contains("With: Anna de Vries (Head of planning, decider, customer side); Ines Bakker (Sales)"), meeting);
		String anna = ls.hover("b2b.journey", ls.positionOf("b2b.journey", "member Anna", 8)).getContents().getRight().getValue();
		assertEquals("""
				**Anna de Vries** (buying group member `Anna`)

				Anna de Vries (Head of planning, decider, customer side): takes the decision""", anna);
		String stage = ls.hover("b2b.journey", ls.positionOf("b2b.journey", "stage Look", 7)).getContents().getRight().getValue();
		assertTrue(stage.endsWith("Takes: typically 2–3 weeks · target 2 weeks"), stage);
	}
}
