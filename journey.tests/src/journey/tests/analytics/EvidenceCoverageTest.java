package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.EvidenceCoverage;
import journey.dsl.tests.JourneyInjectorProvider;

/** Evidence coverage tells the touchpoints with insights or KPIs from those with neither. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class EvidenceCoverageTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void insightsAboutATouchpointAndItsKpisCoverIt() {
		// Checked by hand: round-trip.journey, TourPage has the insight FiltersMissed and the KPI TourPageConversion;
		// PreTripInfo has MailExpected and two KPIs; the other six touchpoints have neither: 2 of 8 covered.
		EvidenceCoverage coverage = EvidenceCoverage.of(examples.get("travel.usa.BookRoundTrip"));
		assertEquals(8, coverage.touchpoints().size());
		assertEquals(List.of("TourPage", "PreTripInfo"), coverage.covered().stream().map(c -> c.touchpoint().getName()).toList());
		assertEquals("FiltersMissed", coverage.covered().get(0).insights().get(0).getName());
		assertEquals(2, coverage.covered().get(1).kpis().size());
	}

	@Test
	void anInsightAloneIsEnough() {
		// Checked by hand: software-purchase.journey, only Proposal has evidence: the insight TermsDrag. 1 of 9 covered.
		EvidenceCoverage coverage = EvidenceCoverage.of(examples.get("b2b.BuyPlanningSoftware"));
		assertEquals(List.of("Proposal"), coverage.covered().stream().map(c -> c.touchpoint().getName()).toList());
		assertEquals(8, coverage.uncovered().size());
	}
}
