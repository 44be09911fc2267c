package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import journey.dsl.analytics.PriorityFormula;
import journey.dsl.analytics.PriorityFormula.Inputs;

/** A priority formula is a small arithmetic expression over severity, frequency and reach, with clear errors. */
class PriorityFormulaTest {

	private static final Inputs INPUTS = new Inputs(3, 4, 0.5);

	@Test
	void theDefaultMultipliesAllThree() {
		assertEquals(6.0, PriorityFormula.DEFAULT.evaluate(INPUTS));
		assertEquals("severity * frequency * reach", PriorityFormula.DEFAULT.toString());
	}

	@Test
	void precedenceAndParenthesesWorkAsInArithmetic() {
		assertEquals(3 + 4 * 0.5, PriorityFormula.parse("severity + frequency * reach").evaluate(INPUTS));
		assertEquals((3 + 4) * 0.5, PriorityFormula.parse("(severity + frequency) * reach").evaluate(INPUTS));
		assertEquals(2 * 3 - 4 / 2.0, PriorityFormula.parse("2*severity - frequency/2").evaluate(INPUTS));
		assertEquals(-3.0, PriorityFormula.parse("-severity").evaluate(INPUTS));
	}

	@Test
	void anUnknownNameIsReportedWithItsColumn() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse("severity * effort"));
		assertEquals("cannot read the priority formula \"severity * effort\" at column 12: unknown name 'effort' (use severity, frequency and reach)",
				e.getMessage());
	}

	@Test
	void anUnfinishedFormulaIsReported() {
		assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse("severity *"));
		assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse("(severity"));
		assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse("severity frequency"));
		assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse(" "));
	}
}
