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

	@Test
	void deeplyNestedParenthesesAreRefusedWithTheLimitNotAStackOverflow() {
		String formula = "(".repeat(3000) + "severity" + ")".repeat(3000);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse(formula));
		assertEquals("the priority formula is 6008 characters long; at most 1000 are read", e.getMessage());
		String deep = "(".repeat(60) + "severity" + ")".repeat(60);
		e = assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse(deep));
		assertEquals("cannot read the priority formula \"" + "(".repeat(60) + "severity" + ")".repeat(9)
				+ "...\" at column 51: parentheses and signs are nested more than 50 levels deep", e.getMessage());
		assertEquals(3.0, PriorityFormula.parse("(".repeat(50) + "severity" + ")".repeat(50)).evaluate(INPUTS));
	}

	@Test
	void aLongChainOfSignsIsRefusedToo() {
		assertThrows(IllegalArgumentException.class, () -> PriorityFormula.parse("-".repeat(999) + "1"));
		assertEquals(-1.0, PriorityFormula.parse("-".repeat(49) + "1").evaluate(INPUTS));
	}

	@Test
	void theLongestFormulaThatIsReadStillEvaluates() {
		String sum = "1" + "+1".repeat(499);
		assertEquals(500.0, PriorityFormula.parse(sum).evaluate(INPUTS));
	}
}
