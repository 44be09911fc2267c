package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Date;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;

/** Numbers, percentages, counts and dates read the way analysts write them and print back the same. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyValueConvertersTest {

	@Inject
	private IValueConverterService converters;

	@Test
	void aPercentageKeepsItsDigitsAndItsSign() {
		BigDecimal share = (BigDecimal) converters.toValue("12.50%", "Percent", null);
		assertEquals(new BigDecimal("12.50"), share);
		assertEquals("12.50%", converters.toString(share, "Percent"));
	}

	@Test
	void whiteSpaceOfAnyKindBetweenSignDigitsAndPercentIsLeftOut() {
		assertEquals(-2, converters.toValue("-\n\t2", "Emotion", null));
		assertEquals(new BigDecimal("-40"), converters.toValue("- 40 \r\n%", "Percent", null));
		assertEquals(12000L, converters.toValue("12000", "Count", null));
	}

	@Test
	void aKpiValueMayCarryAPercentSignButIsWrittenWithoutOne() {
		assertEquals(new BigDecimal("48"), converters.toValue("48%", "Number", null));
		assertEquals(new BigDecimal("-3.5"), converters.toValue("- 3.5", "Number", null));
		assertEquals("4.25", converters.toString(new BigDecimal("4.25"), "Number"));
	}

	@Test
	void aQualifiedNameIsItsTokensWithoutTheSpacesXtextPutsWhereWhiteSpaceStood() {
		assertEquals("shop.catalog", converters.toValue("shop. catalog", "PackageName", null));
		assertEquals("shop.catalog.*", converters.toValue("shop .catalog.*", "QualifiedNameWithWildcard", null));
		assertEquals("Site.Publish", converters.toValue("Site . Publish", "QualifiedName", null));
		assertEquals("^step.A0", converters.toValue("^step.A0", "QualifiedName", null));
		assertEquals("shop.catalog", converters.toString("shop.catalog", "PackageName"));
	}

	@Test
	void aRuleWithoutAConverterOfItsOwnLeavesTheTextAsItIs() {
		assertEquals("shop.catalog", ((AbstractDeclarativeValueConverterService) converters).getConverter("Word").toValue("shop.catalog", null));
		assertSame(IValueConverter.NO_OP_CONVERTER, ((AbstractDeclarativeValueConverterService) converters).getConverter("NoSuchRule"));
		assertEquals("plain", converters.toValue("plain", "NoSuchRule", null));
	}

	@Test
	void aNegativeEmotionReadsAsAnInteger() {
		assertEquals(-2, converters.toValue("-2", "Emotion", null));
		assertEquals("-2", converters.toString(-2, "Emotion"));
	}

	@Test
	void aDateIsACalendarDayInUtc() {
		Date day = (Date) converters.toValue("2026-03-31", "DATE", null);
		assertEquals("2026-03-31", converters.toString(day, "DATE"));
		assertEquals(1774915200000L, day.getTime());
	}

	@Test
	void anImpossibleDateSaysHowToWriteOne() {
		ValueConverterException e = assertThrows(ValueConverterException.class,
				() -> converters.toValue("2026-02-30", "DATE", null));
		assertEquals("'2026-02-30' is not a calendar day: write it as year-month-day, such as 2026-03-31.", e.getMessage());
	}

	@Test
	void aTextKeepsItsApostrophesAndEscapesOnlyWhatAQuotedStringNeeds() {
		String text = "Ines' \"best\" trip\\plan\nday 2";
		String written = converters.toString(text, "STRING");
		assertEquals("\"Ines' \\\"best\\\" trip\\\\plan\\nday 2\"", written);
		assertEquals(text, converters.toValue(written, "STRING", null));
	}

	@Test
	void aCountIsAWholeNumberBeyondTheIntegerRange() {
		assertEquals(5_000_000_000L, converters.toValue("5000000000", "Count", null));
	}
}
