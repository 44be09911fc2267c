package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.EmotionCurve;
import journey.dsl.analytics.EmotionCurve.Point;
import journey.dsl.analytics.EmotionCurve.Source;
import journey.dsl.tests.JourneyInjectorProvider;

/** The emotion curve takes a step's own emotion, else its touchpoints' average, and places it on the journey's scale. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class EmotionCurveTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void aStepsOwnEmotionWinsOverItsTouchpoints() {
		// Checked by hand: round-trip.journey, SearchTrips "feels -2"; on the default -2..2 scale -2 sits at 0.
		Point search = EmotionCurve.of(examples.get("travel.usa.BookRoundTrip")).points().get(0);
		assertEquals("SearchTrips", search.step().getName());
		assertEquals(-2.0, search.emotion());
		assertEquals(0.0, search.position());
		assertEquals(Source.STEP, search.source());
	}

	@Test
	void aStepWithoutEmotionTakesTheAverageOfItsTouchpoints() {
		// Checked by hand: round-trip-future.journey, CompareTrips has no emotion; TripDetails feels 1 and AdviceCall 2,
		// so (1 + 2) / 2 = 1.5, which is (1.5 + 2) / 4 = 0.875 of the -2..2 scale.
		Point compare = EmotionCurve.of(examples.get("travel.usa.future.BookRoundTrip")).points().get(1);
		assertEquals("CompareTrips", compare.step().getName());
		assertEquals(1.5, compare.emotion());
		assertEquals(0.875, compare.position());
		assertEquals(Source.TOUCHPOINTS, compare.source());
	}

	@Test
	void theJourneysOwnScaleDecidesThePosition() {
		// Checked by hand: software-purchase.journey uses SevenPoint (-3..3); GetInspired feels 1 → (1 + 3) / 6 = 0.667,
		// Renew feels 3 → 1.
		EmotionCurve curve = EmotionCurve.of(examples.get("b2b.BuyPlanningSoftware"));
		assertEquals(-3, curve.scale().min());
		assertEquals(4.0 / 6, curve.points().get(0).position(), 1e-9);
		assertEquals(1.0, curve.points().get(6).position());
	}

	@Test
	void aStepWhereNobodySaysHowTheCustomerFeelsHasNoPoint() {
		Point point = EmotionCurve.of(examples.parse("""
				journey J { stage S { step Quiet { touchpoint T } } }
				""")).points().get(0);
		assertNull(point.emotion());
		assertNull(point.position());
		assertEquals(Source.NONE, point.source());
	}

	@Test
	void theSummaryNamesTheFirstLowestAndHighestPointAndAveragesTheStepsThatFeel() {
		// Checked by hand: A -1, B says nothing, C +2, D -1, E +2 → lowest -1 at A (the first of two), highest +2 at C,
		// average over the four that feel (-1 + 2 - 1 + 2) / 4 = 0.5, starting at A and ending at E.
		EmotionCurve curve = EmotionCurve.of(examples.parse("""
				journey J { stage S {
					step A { feels -1 }
					step B
					step C { feels 2 }
					step D { feels -1 }
					step E { feels 2 }
				} }
				"""));
		assertEquals(List.of("A", "C", "D", "E"), curve.felt().stream().map(p -> p.step().getName()).toList());
		assertEquals("A", curve.lowest().step().getName());
		assertEquals("C", curve.highest().step().getName());
		assertEquals(0.5, curve.average());
	}

	@Test
	void aCurveWithoutFeelingsHasNoSummary() {
		EmotionCurve curve = EmotionCurve.of(examples.parse("""
				journey J { stage S { step Quiet } }
				"""));
		assertEquals(List.of(), curve.felt());
		assertNull(curve.lowest());
		assertNull(curve.highest());
		assertNull(curve.average());
	}
}
