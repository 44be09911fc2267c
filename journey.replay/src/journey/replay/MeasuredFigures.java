package journey.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.KpiKind;
import journey.dsl.model.Measurement;
import journey.dsl.model.Step;
import journey.report.imports.MeasurementWriter;

/**
 * Writes a replay's figures into the journey they were measured on: each step's {@code reached}
 * becomes the number of cases that reached it, and a journey KPI that events measure (conversion
 * rate of the journey, repeat-purchase rate) gets the measured value as a measurement dated on the log's last
 * day, with the log as its source, and as its actual. A measurement already on that date is replaced, never doubled.
 */
public final class MeasuredFigures {

	/** What changed, one line each, for the command to print. */
	public record Changes(List<String> lines) {
	}

	private MeasuredFigures() {
	}

	public static Changes apply(ReplayResult result, JourneyModel model, String journeyName, String source) {
		Journey journey = model.getJourneys().stream().filter(candidate -> candidate.getName().equals(journeyName)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the file holds no journey " + journeyName));
		List<String> lines = new ArrayList<>();
		for (ReplayResult.StepCount count : result.steps()) {
			Step step = journey.getStages().stream().flatMap(stage -> stage.getSteps().stream()).filter(s -> s.getName().equals(count.step().getName()))
					.findFirst().orElse(null);
			if (step != null && (step.getReached() == null || step.getReached() != count.cases())) {
				lines.add("step " + step.getName() + ": reached " + (step.getReached() == null ? "(none)" : step.getReached()) + " -> " + count.cases());
				step.setReached(count.cases());
			}
		}
		String last = result.summary().lastEvent();
		if (last != null) {
			Date day = MeasurementWriter.day(LocalDate.parse(last.substring(0, 10)));
			List<Kpi> kpis = new ArrayList<>(journey.getKpis());
			journey.getStages().forEach(stage -> kpis.addAll(stage.getKpis()));
			for (Kpi kpi : kpis) {
				// conversion is the journey's (a stage's conversion is not what the events measure); repeats are the journey's wherever the KPI sits
				boolean journeyLevel = kpi.eContainer() == journey;
				Double ratio = kpi.getKind() == KpiKind.CONVERSION_RATE && journeyLevel ? Double.valueOf(result.kpis().conversion())
						: kpi.getKind() == KpiKind.REPEAT_PURCHASE_RATE ? Double.valueOf(result.kpis().repeatRate()) : null;
				if (ratio != null) {
					BigDecimal percent = BigDecimal.valueOf(ratio * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
					if (measure(kpi, day, percent, source)) {
						lines.add("kpi " + kpi.getName() + ": measured " + percent.toPlainString() + "% on " + last.substring(0, 10));
					}
				}
			}
		}
		return new Changes(List.copyOf(lines));
	}

	/** Sets the measurement of the day and the actual; false when the KPI already said so. */
	private static boolean measure(Kpi kpi, Date day, BigDecimal value, String source) {
		boolean changed = kpi.getActual() == null || kpi.getActual().compareTo(value) != 0;
		if (changed) {
			kpi.setActual(value);
		}
		Measurement existing = MeasurementWriter.on(kpi, day);
		if (existing != null) {
			if (existing.getValue() == null || existing.getValue().compareTo(value) != 0 || !source.equals(existing.getSource())) {
				existing.setValue(value);
				existing.setSource(source);
				return true;
			}
			return changed;
		}
		MeasurementWriter.add(kpi, day, value, source);
		return true;
	}
}
