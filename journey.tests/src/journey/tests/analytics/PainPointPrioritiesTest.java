package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.PainPointPriorities;
import journey.dsl.analytics.PainPointPriorities.Ranked;
import journey.dsl.analytics.PainPointPriorities.ReachSource;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.tests.JourneyInjectorProvider;

/** Pain points are ranked by severity x frequency x reach, or by a formula the analyst gives. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class PainPointPrioritiesTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void theDeclaredReachIsUsedWhenThePainPointHasOne() {
		// Checked by hand: round-trip.journey, NoFilters is high (3), always (4), reach 80% → 3 x 4 x 0.8 = 9.6.
		Ranked first = PainPointPriorities.of(examples.get("travel.usa.BookRoundTrip")).ranked().get(0);
		assertEquals("NoFilters", first.painPoint().getName());
		assertEquals(ReachSource.DECLARED, first.reachSource());
		assertEquals(9.6, first.priority(), 1e-9);
	}

	@Test
	void withoutADeclaredReachTheStepsShareOfTheEntryCountIsUsed() {
		// Checked by hand: round-trip.journey, MissingPreTripMail is high (3), often (3), and its step FindRouteInfo reached
		// 720 of the 12000 who entered at SearchTrips: 720 / 12000 = 0.06, so 3 x 3 x 0.06 = 0.54.
		Ranked second = PainPointPriorities.of(examples.get("travel.usa.BookRoundTrip")).ranked().get(1);
		assertEquals("MissingPreTripMail", second.painPoint().getName());
		assertEquals(ReachSource.FUNNEL, second.reachSource());
		assertEquals(0.06, second.reach(), 1e-9);
		assertEquals(0.54, second.priority(), 1e-9);
	}

	@Test
	void withoutAnyCountTheReachIsOneAndUnratedInputsWeighOne() {
		List<Ranked> ranked = PainPointPriorities.of(examples.parse("""
				journey J { stage S { step A { pain Slow severity critical frequency occasional pain Vague } } }
				""")).ranked();
		assertEquals("Slow", ranked.get(0).painPoint().getName());
		assertEquals(8.0, ranked.get(0).priority());
		assertEquals(ReachSource.DEFAULT, ranked.get(0).reachSource());
		assertEquals(1.0, ranked.get(1).priority());
	}

	@Test
	void aFormulaReplacesTheDefaultProduct() {
		// severity x frequency alone: NoFilters 3 x 4 = 12, MissingPreTripMail 3 x 3 = 9, SearchesAccount 2 x 3 = 6.
		List<Double> priorities = PainPointPriorities.of(examples.get("travel.usa.BookRoundTrip"), PriorityFormula.parse("severity*frequency"))
				.ranked().stream().map(Ranked::priority).toList();
		assertEquals(List.of(12.0, 9.0, 6.0), priorities);
	}
}
