package journey.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Frequency;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Kpi;
import journey.dsl.model.KpiKind;
import journey.dsl.model.Severity;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.EmotionScales.Band;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;

/** The words and figures every view takes from journey.dsl, so that page, hover, table and diagram agree. */
class VocabularyTest {

	@Test
	void aKpiValueIsWrittenAsTheAnalystWroteItWithItsUnit() {
		Kpi ctr = kpi(KpiKind.CTR, null);
		Kpi revenue = kpi(KpiKind.REVENUE, null);
		Kpi custom = kpi(KpiKind.CUSTOM, null);
		Kpi minutes = kpi(KpiKind.CUSTOM, "min");
		assertEquals("38.0%", KpiKinds.valueText(ctr, new BigDecimal("38.0")));
		assertEquals("162000 EUR", KpiKinds.valueText(revenue, new BigDecimal("162000")));
		assertEquals("7", KpiKinds.valueText(custom, new BigDecimal("7")));
		assertEquals("12 min", KpiKinds.valueText(minutes, new BigDecimal("12")));
		assertEquals(null, KpiKinds.valueText(ctr, null));
		assertEquals("1,250 EUR", KpiKinds.withUnit("1,250", "EUR"));
	}

	@Test
	void statusWordsAreMetMissedAndNoData() {
		assertEquals(List.of("met", "missed", "no data"), List.of(KpiKinds.Status.values()).stream().map(KpiKinds.Status::word).toList());
	}

	@Test
	void anEmotionIsNegativeOrPositiveAgainstTheMiddleOfItsScale() {
		EmotionScales.Scale oneToFive = new EmotionScales.Scale(1, 5, Map.of());
		assertEquals(List.of(Band.NEGATIVE, Band.NEGATIVE, Band.NEUTRAL, Band.POSITIVE, Band.POSITIVE),
				List.of(1, 2, 3, 4, 5).stream().map(oneToFive::band).toList());
		assertEquals(Band.NEGATIVE, EmotionScales.DEFAULT.band(-0.5));
		assertEquals(Band.NEUTRAL, EmotionScales.DEFAULT.band(0));
		assertEquals(Band.POSITIVE, new EmotionScales.Scale(-3, 3, Map.of()).band(1));
	}

	@Test
	void severityAndFrequencyWeighOneToFourByName() {
		assertEquals(List.of(1, 2, 3, 4), List.of(Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL).stream().map(PriorityFormula::weight).toList());
		assertEquals(List.of(1, 2, 3, 4),
				List.of(Frequency.RARE, Frequency.OCCASIONAL, Frequency.OFTEN, Frequency.ALWAYS).stream().map(PriorityFormula::weight).toList());
		assertEquals(1, PriorityFormula.weight((Severity) null));
		assertEquals(1, PriorityFormula.weight((Frequency) null));
	}

	@Test
	void kindsOfElementsAreNamedInTheAnalystsWords() {
		assertEquals("emotion scale", JourneyQueries.kindOf(JourneyPackage.Literals.EMOTION_SCALE));
		assertEquals("pain point", JourneyQueries.kindOf(JourneyPackage.Literals.PAIN_POINT));
		assertEquals("KPI", JourneyQueries.kindOf(JourneyPackage.Literals.KPI));
		assertEquals("system", JourneyQueries.kindOf(JourneyPackage.Literals.TECHNOLOGY));
	}

	private static Kpi kpi(KpiKind kind, String unit) {
		Kpi kpi = JourneyFactory.eINSTANCE.createKpi();
		kpi.setKind(kind);
		kpi.setUnit(unit);
		return kpi;
	}
}
