package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.KpiScorecard;
import journey.dsl.analytics.KpiScorecard.Scope;
import journey.dsl.query.KpiKinds.Status;
import journey.dsl.tests.JourneyInjectorProvider;

/** The KPI scorecard lists every KPI of the journey, its stages and touchpoints with its status against target. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class KpiScorecardTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void kpisAreListedForTheJourneyThenEachStageAndItsTouchpoints() {
		// Checked by hand: round-trip.journey has TripNps on the journey (30 target, 34 actual → met), TourPageConversion
		// on TourPage (35% target, 38% actual → met) and two pre-trip e-mail KPIs with a target but no actual (no data).
		KpiScorecard scorecard = KpiScorecard.of(examples.get("travel.usa.BookRoundTrip"));
		List<String> rows = scorecard.rows().stream()
				.map(r -> r.scope() + " " + r.kpi().getName() + " " + r.status()).toList();
		assertEquals(List.of("JOURNEY TripNps MET", "TOUCHPOINT TourPageConversion MET", "TOUCHPOINT PreTripOpenRate NO_DATA",
				"TOUCHPOINT PreTripClickRate NO_DATA"), rows);
	}

	@Test
	void aLowerIsBetterKpiBelowItsTargetIsMet() {
		// Checked by hand: webshop.journey, CartAbandonment target 45% actual 40%, and lower is better for the kind.
		KpiScorecard scorecard = KpiScorecard.of(examples.get("webshop.FirstOrder"));
		KpiScorecard.Row abandonment = scorecard.rows().stream().filter(r -> r.kpi().getName().equals("CartAbandonment")).findFirst().orElseThrow();
		assertEquals(Scope.STAGE, abandonment.scope());
		assertEquals("Purchase", abandonment.stage().getName());
		assertEquals(Status.MET, abandonment.status());
	}

	@Test
	void eachStageWithKpisGetsATally() {
		// Checked by hand: webshop.journey, Awareness has six KPIs (Reach .. Visits), every actual above its target.
		KpiScorecard.Tally awareness = KpiScorecard.of(examples.get("webshop.FirstOrder")).tallies().get(0);
		assertEquals(List.of(6, 0, 0), List.of(awareness.met(), awareness.missed(), awareness.noData()));
	}

	@Test
	void anActualBelowAHigherIsBetterTargetIsMissed() {
		KpiScorecard scorecard = KpiScorecard.of(examples.parse("""
				journey J { stage S { kpi Ctr ctr target 5% actual 4% step A } }
				"""));
		assertEquals(Status.MISSED, scorecard.rows().get(0).status());
		assertEquals(1, scorecard.tallies().get(0).missed());
	}
}
