package journey.dsl.validation;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;

import journey.dsl.model.Kpi;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Measurement;
import journey.dsl.query.KpiKinds;

/** KPIs: values within the range of their kind, a direction that fits the kind, targets met, measurements in order. */
public class KpiValidator extends AbstractJourneyChecks {

	/** Target, actual and measured values lie within the range of the KPI's kind (percentages 0-100, NPS -100..100, CSAT 1-5, CES 1-7, counts at least 0). */
	@Check
	public void checkKpiValuesInRange(Kpi kpi) {
		KpiKinds.Info kind = KpiKinds.of(kpi.getKind());
		if (kpi.getUnit() != null && !kpi.getUnit().equals(kind.unit())) {
			return;
		}
		checkInRange(kpi, kind, kpi.getTarget(), "target", kpi, JourneyPackage.Literals.KPI__TARGET, -1);
		checkInRange(kpi, kind, kpi.getActual(), "actual value", kpi, JourneyPackage.Literals.KPI__ACTUAL, -1);
		List<Measurement> measurements = kpi.getMeasurements();
		for (int i = 0; i < measurements.size(); i++) {
			checkInRange(kpi, kind, measurements.get(i).getValue(), "measured value", measurements.get(i), JourneyPackage.Literals.MEASUREMENT__VALUE, -1);
		}
	}

	private void checkInRange(Kpi kpi, KpiKinds.Info kind, BigDecimal value, String what, org.eclipse.emf.ecore.EObject on, EAttribute feature, int index) {
		if (value == null) {
			return;
		}
		boolean below = kind.min() != null && value.compareTo(kind.min()) < 0;
		boolean above = kind.max() != null && value.compareTo(kind.max()) > 0;
		if (below || above) {
			error("The " + what + " " + value.toPlainString() + " of KPI " + kpi.getName() + " is outside the range of " + kind.label()
					+ " (" + kind.rangeText() + ").", on, feature, index, JourneyIssueCodes.KPI_OUT_OF_RANGE,
					kind.min() == null ? "" : kind.min().toPlainString(), kind.max() == null ? "" : kind.max().toPlainString());
		}
	}

	/** Whether higher or lower is better is known for each kind (lower for churn, cart abandonment and resolution time); a KPI does not contradict it. */
	@Check
	public void checkKpiDirection(Kpi kpi) {
		KpiKinds.Info kind = KpiKinds.of(kpi.getKind());
		if (kpi.isSetDirection() && kpi.getKind() != journey.dsl.model.KpiKind.CUSTOM && kpi.getDirection() != kind.direction()) {
			warning("For " + kind.label() + ", " + kind.direction().getLiteral() + " is better, but KPI " + kpi.getName() + " says "
					+ kpi.getDirection().getLiteral() + " is better; remove the direction or check the kind.",
					kpi, JourneyPackage.Literals.KPI__DIRECTION, JourneyIssueCodes.KPI_DIRECTION, kind.direction().getLiteral());
		}
	}

	/** An actual value that misses its target is worth a look. */
	@Check
	public void checkKpiMeetsTarget(Kpi kpi) {
		if (KpiKinds.status(kpi) == KpiKinds.Status.MISSED) {
			warning("KPI " + kpi.getName() + " misses its target: the actual value is " + kpi.getActual().toPlainString() + ", the target "
					+ kpi.getTarget().toPlainString() + " (" + KpiKinds.directionOf(kpi).getLiteral() + " is better).",
					kpi, JourneyPackage.Literals.KPI__ACTUAL, JourneyIssueCodes.KPI_MISSES_TARGET);
		}
	}

	/** Measurements are listed oldest first, with one value per date. */
	@Check
	public void checkMeasurementsInDateOrder(Kpi kpi) {
		List<Measurement> measurements = kpi.getMeasurements();
		for (int i = 1; i < measurements.size(); i++) {
			Date previous = measurements.get(i - 1).getDate();
			Date current = measurements.get(i).getDate();
			if (previous == null || current == null) {
				continue;
			}
			int order = current.compareTo(previous);
			if (order == 0) {
				error("KPI " + kpi.getName() + " has two measurements on " + day(current) + "; keep one value per date.",
						measurements.get(i), JourneyPackage.Literals.MEASUREMENT__DATE, JourneyIssueCodes.DUPLICATE_MEASUREMENT_DATE);
			} else if (order < 0) {
				warning("The measurement of " + day(current) + " comes after the one of " + day(previous) + "; list measurements oldest first.",
						measurements.get(i), JourneyPackage.Literals.MEASUREMENT__DATE, JourneyIssueCodes.MEASUREMENTS_OUT_OF_ORDER);
			}
		}
	}

	private static String day(Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}
}
