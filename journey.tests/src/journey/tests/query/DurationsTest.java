package journey.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import journey.dsl.model.Duration;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.TimeUnit;
import journey.dsl.query.Durations;

/** Durations read as a reader says them, in every output that prints one. */
class DurationsTest {

	private static Duration duration(String amount, TimeUnit unit) {
		Duration duration = JourneyFactory.eINSTANCE.createDuration();
		duration.setAmount(new BigDecimal(amount));
		duration.setUnit(unit);
		return duration;
	}

	@Test
	void oneOfAUnitIsSingular() {
		assertEquals("1 day", Durations.text(duration("1", TimeUnit.DAYS)));
		assertEquals("1 week", Durations.text(duration("1.0", TimeUnit.WEEKS)));
		assertEquals("1 minute", Durations.text(duration("1", TimeUnit.MINUTES)));
	}

	@Test
	void anyOtherAmountIsPluralAndWrittenWithoutTrailingZeros() {
		assertEquals("2 weeks", Durations.text(duration("2", TimeUnit.WEEKS)));
		assertEquals("1.5 days", Durations.text(duration("1.50", TimeUnit.DAYS)));
		assertEquals("0 hours", Durations.text(duration("0", TimeUnit.HOURS)));
		assertEquals("10 years", Durations.text(duration("10", TimeUnit.YEARS)));
	}
}
