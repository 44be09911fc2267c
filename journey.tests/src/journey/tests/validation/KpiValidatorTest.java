package journey.tests.validation;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import static journey.dsl.validation.JourneyIssueCodes.*;
import static journey.tests.validation.ValidationTests.CATALOGUE;
import static journey.tests.validation.ValidationTests.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class KpiValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String kpis) {
		return only(validation.issueList("journey J {\n" + kpis + "}\n"), KPI_OUT_OF_RANGE, KPI_DIRECTION, KPI_MISSES_TARGET,
				MEASUREMENTS_OUT_OF_ORDER, DUPLICATE_MEASUREMENT_DATE);
	}

	@Test
	void valuesWithinTheirKindsRangeAreFine() {
		validation.assertIssues(issues("""
				kpi Conversion conversion-rate target 3% actual 3.5%
				kpi Nps nps target -10 actual 0
				kpi Csat csat target 4 actual 4.5
				kpi Ces ces target 5 actual 6
				kpi Visits visits target 0 actual 1000000
				"""));
	}

	@Test
	void valuesOutsideTheirKindsRangeAreErrors() {
		List<Issue> issues = issues("""
				kpi Conversion conversion-rate target 120%
				kpi Nps nps actual -101
				kpi Csat csat target 6
				kpi Ces ces target 0
				kpi Visits visits { 2026-01-01: -5 }
				""");
		validation.assertIssues(issues, "error journey.kpiOutOfRange line 2", "error journey.kpiOutOfRange line 3",
				"error journey.kpiOutOfRange line 4", "error journey.kpiOutOfRange line 5", "error journey.kpiOutOfRange line 6");
		assertEquals("The target 120 of KPI Conversion is outside the range of Conversion rate (0 to 100).", issues.get(0).getMessage());
	}

	@Test
	void aKpiWithItsOwnUnitIsNotHeldToItsKindsRange() {
		validation.assertIssues(issues("""
				kpi Time resolution-time unit "days" target 2
				kpi Revenue revenue unit "kEUR" actual 120
				kpi Score custom target -5
				"""));
	}

	@Test
	void aDirectionThatContradictsTheKindIsAWarning() {
		validation.assertIssues(issues("""
				kpi Churn churn target 5% lower is better
				kpi Abandon cart-abandonment target 40% higher is better
				kpi Resolution resolution-time target 24 higher is better
				kpi Own custom target 3 lower is better
				"""), "warning journey.kpiDirection line 3", "warning journey.kpiDirection line 4");
	}

	@Test
	void anActualThatMissesItsTargetIsAWarningInTheRightDirection() {
		validation.assertIssues(issues("""
				kpi Met conversion-rate target 3% actual 3%
				kpi Missed conversion-rate target 3% actual 2.9%
				kpi ChurnMet churn target 5% actual 4%
				kpi ChurnMissed churn target 5% actual 6%
				kpi NoActual nps target 30
				"""), "warning journey.kpiMissesTarget line 3", "warning journey.kpiMissesTarget line 5");
	}

	@Test
	void measurementsComeInDateOrderWithOneValuePerDate() {
		validation.assertIssues(issues("""
				kpi Ordered nps { 2026-01-01: 1 2026-02-01: 2 }
				kpi Unordered nps {
					2026-02-01: 2
					2026-01-01: 1
				}
				kpi Twice nps {
					2026-01-01: 1
					2026-01-01: 2
				}
				"""), "warning journey.measurementsOutOfOrder line 5", "error journey.duplicateMeasurementDate line 9");
	}
}
