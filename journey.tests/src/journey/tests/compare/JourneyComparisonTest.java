package journey.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.compare.JourneyComparison;
import journey.dsl.compare.JourneyComparison.Change;
import journey.dsl.compare.JourneyComparison.ElementChange;
import journey.dsl.model.Journey;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.tests.analytics.ExampleJourneys;

/** The semantic diff pairs elements by name, then by title, and reports each kind of change once. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyComparisonTest {

	@Inject
	private ExampleJourneys examples;

	private static final String OLD = """
			package v1
			import catalog.*
			journey J {
				persona Explorer
				kpi Nps "Net Promoter Score" nps target 30 actual 20
				stage Look {
					step Search "Searches trips" {
						feels -1
						touchpoint Page "Tour page" via Website {
							supported by MaintainSite.PublishTours
							pain NoFilter "No filters" severity high
						}
					}
					step Call "Calls the shop" {
						touchpoint Advice via Phone { supported by BookTrips.AdviseCustomer owner Sales }
					}
				}
				stage Book {
					step Pay "Pays" { touchpoint Form via Website { kpi Done "Forms completed" conversion-rate target 50% actual 40% } }
				}
			}
			""";

	private static final String NEW = """
			package v2
			import catalog.*
			journey J {
				persona Explorer
				kpi Nps "Net Promoter Score" nps target 40 actual 20
				stage Look {
					step Search "Searches trips" {
						feels 1
						touchpoint Page "Tour page" via Email {
							supported by MaintainSite.PublishTours, PlanTrips.TagTrips
						}
					}
				}
				stage Book {
					step Phone "Calls the shop" {
						touchpoint Advice via Phone { supported by BookTrips.AdviseCustomer owner Marketing }
					}
					step Pay "Pays" { touchpoint Form via Website { kpi Done "Forms completed" conversion-rate target 50% actual 45% } }
				}
			}
			""";

	private JourneyComparison compare(String before, String after) {
		return JourneyComparison.of(examples.parse(before), examples.parse(after));
	}

	private static List<String> elements(JourneyComparison comparison) {
		return comparison.elements().stream().map(JourneyComparisonTest::describe).toList();
	}

	private static String describe(ElementChange change) {
		return change.change() + " " + change.element().getName()
				+ (change.change() == Change.MOVED ? " " + change.parentBefore().getName() + "->" + change.parentAfter().getName() : "");
	}

	@Test
	void aStepWithANewNameButTheSameTitleIsRenamedAndItsMoveToAnotherStageIsReported() {
		// Call "Calls the shop" in Look becomes Phone "Calls the shop" in Book: paired by title.
		assertEquals(List.of("RENAMED Phone", "MOVED Phone Look->Book"), elements(compare(OLD, NEW)));
	}

	@Test
	void aTouchpointOnAnotherChannelIsAChannelSwitch() {
		JourneyComparison comparison = compare(OLD, NEW);
		assertEquals(1, comparison.channels().size());
		assertEquals("Website", comparison.channels().get(0).before().getChannel().getName());
		assertEquals("Email", comparison.channels().get(0).after().getChannel().getName());
	}

	@Test
	void theEmotionOfAPairedStepIsComparedWithItsDelta() {
		JourneyComparison.EmotionChange change = compare(OLD, NEW).emotions().get(0);
		assertEquals("Search", change.after().getName());
		assertEquals(-1.0, change.from());
		assertEquals(1.0, change.to());
		assertEquals(2.0, change.delta());
	}

	@Test
	void aPainPointThatIsGoneIsSolved() {
		List<JourneyComparison.PainChange> pains = compare(OLD, NEW).pains();
		assertEquals(1, pains.size());
		assertEquals("NoFilter", pains.get(0).pain().getName());
		assertTrue(pains.get(0).solved());
	}

	@Test
	void kpisReportTheirTargetAndActualDeltas() {
		List<JourneyComparison.KpiChange> kpis = compare(OLD, NEW).kpis();
		assertEquals(List.of("Nps", "Done"), kpis.stream().map(change -> change.after().getName()).toList());
		assertEquals(0, new BigDecimal("10").compareTo(kpis.get(0).targetDelta()));
		assertEquals(0, BigDecimal.ZERO.compareTo(kpis.get(0).actualDelta()));
		assertEquals(0, new BigDecimal("5").compareTo(kpis.get(1).actualDelta()));
	}

	@Test
	void supportedByLinksGainedAndAnOwnerChangeAreReported() {
		JourneyComparison comparison = compare(OLD, NEW);
		assertEquals(1, comparison.support().size());
		assertTrue(comparison.support().get(0).gained());
		assertEquals("TagTrips", comparison.support().get(0).activity().getName());
		assertEquals(List.of("TagTrips"), comparison.activities().stream().map(change -> change.activity().getName()).toList());
		assertEquals(1, comparison.owners().size());
		assertEquals("Sales", comparison.owners().get(0).ownerBefore().getName());
		assertEquals("Marketing", comparison.owners().get(0).ownerAfter().getName());
	}

	@Test
	void aJourneyComparedWithItselfHasNoDifferences() {
		Journey journey = examples.get("travel.usa.BookRoundTrip");
		assertTrue(JourneyComparison.of(journey, journey).isEmpty());
	}

	@Test
	void theFutureRoundTripAgainstItsBaselineIsWhatTheFilesSay() {
		// Checked by hand against round-trip.journey and round-trip-future.journey: SearchTrips is retitled
		// "Filters tour packages" and feels 1 instead of -2; ReceivePreTripMail replaces FindRouteInfo; the review
		// and the confirmation mail are gone; three pain points go away with them and with the filters.
		Journey future = examples.get("travel.usa.future.BookRoundTrip");
		JourneyComparison comparison = JourneyComparison.of(future.getBaseline(), future);
		assertEquals(List.of("ADDED ReceivePreTripMail", "ADDED PreTripMail", "REMOVED ReceiveConfirmation", "REMOVED FindRouteInfo", "REMOVED ShareReview",
				"REMOVED ConfirmationMail", "REMOVED PreTripInfo", "REMOVED ReviewRequest", "RENAMED SearchTrips", "RENAMED TourPage"), elements(comparison));
		assertEquals(List.of("NoFilters", "SearchesAccount", "MissingPreTripMail"),
				comparison.pains().stream().map(pain -> pain.pain().getName()).toList());
		assertTrue(comparison.pains().stream().allMatch(JourneyComparison.PainChange::solved));
		assertEquals(3.0, comparison.emotions().get(0).delta());
		assertTrue(comparison.channels().isEmpty());
		assertNull(comparison.stepBefore(future.getStages().get(2).getSteps().get(0)), "the pre-trip mail step is new");
		assertFalse(comparison.isEmpty());
	}

	@Test
	void twoElementsWithOneTitleOnOneSideAreNotPairedByTitle() {
		JourneyComparison comparison = compare("""
				package v1
				journey J { persona catalog.Explorer stage S { step A "Same" step B "Same" } }
				""", """
				package v2
				journey J { persona catalog.Explorer stage S { step C "Same" } }
				""");
		assertEquals(List.of("ADDED C", "REMOVED A", "REMOVED B").stream().sorted().toList(), elements(comparison).stream().sorted().toList());
	}
}
