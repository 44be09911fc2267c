package journey.replay;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import journey.dsl.model.FlowKind;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.Durations;
import journey.report.DisplayText;

/**
 * Writes an event log that follows a journey: each case starts at the first step, meets the
 * step's touchpoints in order, and moves on by the planned shares (a share left undeclared drops
 * out); time advances by the stage's typical duration spread over its steps. Deviations are
 * added at chosen rates, so that a replay has something to find. The same seed gives the same log.
 */
public final class LogSimulator {

	/** The chance, per touchpoint met, of each deviation; per step visit for an ad-hoc contact. */
	public record Rates(double missing, double adHoc, double otherChannel, double failed) {

		public static final Rates NONE = new Rates(0, 0, 0, 0);
	}

	/** A visit cap per case, so that a loop with a high share still ends. */
	static final int MOST_VISITS = 200;

	private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 8, 0);

	private final PlannedPaths plan;
	private final Rates rates;
	private final SplittableRandom random;

	private LogSimulator(PlannedPaths plan, Rates rates, long seed) {
		this.plan = plan;
		this.rates = rates;
		this.random = new SplittableRandom(seed);
	}

	/** Writes the CSV header and the cases' events; returns the number of events written. */
	public static long write(PlannedPaths plan, long cases, long seed, Rates rates, Writer out) throws IOException {
		if (plan.steps().isEmpty()) {
			throw new IllegalArgumentException(DisplayText.qualifiedName(plan.journey()) + " has no steps to simulate");
		}
		return new LogSimulator(plan, rates, seed).write(cases, out);
	}

	private long write(long cases, Writer out) throws IOException {
		out.write("case,timestamp,activity,channel,outcome\n");
		long events = 0;
		StringBuilder line = new StringBuilder(96);
		for (long c = 1; c <= cases; c++) {
			String caseId = "C" + c;
			double minutes = random.nextDouble() * 60 * 24 * 90;
			Step step = plan.steps().get(0);
			for (int visit = 0; step != null && visit < MOST_VISITS; visit++) {
				List<Touchpoint> touchpoints = step.getTouchpoints();
				if (touchpoints.isEmpty()) {
					events += event(out, line, caseId, minutes, step.getName(), null, "ok");
				}
				for (Touchpoint touchpoint : touchpoints) {
					minutes += 5 + random.nextDouble() * 55;
					if (random.nextDouble() < rates.missing()) {
						continue;
					}
					String channel = touchpoint.getChannel() == null || touchpoint.getChannel().eIsProxy() ? null : touchpoint.getChannel().getName();
					if (random.nextDouble() < rates.otherChannel()) {
						channel = "Elsewhere";
					}
					events += event(out, line, caseId, minutes, touchpoint.getName(), channel, random.nextDouble() < rates.failed() ? "failed" : "ok");
				}
				if (random.nextDouble() < rates.adHoc()) {
					minutes += 10;
					events += event(out, line, caseId, minutes, "UnplannedContact", null, "ok");
				}
				minutes += stepMinutes(step);
				step = next(step);
			}
		}
		out.flush();
		return events;
	}

	private long event(Writer out, StringBuilder line, String caseId, double minutes, String activity, String channel, String outcome) throws IOException {
		line.setLength(0);
		line.append(caseId).append(',').append(START.plusSeconds((long) (minutes * 60))).append(',').append(activity).append(',')
				.append(channel == null ? "" : channel).append(',').append(outcome).append('\n');
		out.append(line);
		return 1;
	}

	/** The step's share of its stage's typical duration (a range drawn between its ends), at random around it; one day without one. */
	private double stepMinutes(Step step) {
		Stage stage = (Stage) step.eContainer();
		double minutes = 24 * 60;
		if (stage.getTypicalDuration() != null) {
			BigDecimal shortest = Durations.inMinutes(stage.getTypicalDuration());
			BigDecimal longest = Durations.longestInMinutes(stage.getTypicalDuration());
			if (shortest != null && longest != null) {
				minutes = (shortest.doubleValue() + random.nextDouble() * (longest.doubleValue() - shortest.doubleValue())) / stage.getSteps().size();
			}
		}
		return minutes * (0.5 + random.nextDouble());
	}

	/** Where the case goes from the step, by the planned shares; null when it drops out or the journey ends (a referral brings a new customer, not this one). */
	private Step next(Step step) {
		List<PlannedPaths.Path> paths = new ArrayList<>();
		double declared = 0;
		int undeclared = 0;
		for (PlannedPaths.Path path : plan.paths()) {
			if (path.from() == step) {
				paths.add(path);
				if (path.share() != null) {
					declared += path.share().doubleValue();
				} else {
					undeclared++;
				}
			}
		}
		double open = undeclared == 0 ? 0 : Math.max(0, 100 - declared) / undeclared;
		double draw = random.nextDouble() * Math.max(100, declared + open * undeclared);
		for (PlannedPaths.Path path : paths) {
			draw -= path.share() != null ? path.share().doubleValue() : open;
			if (draw < 0) {
				return path.kind() == FlowKind.REFERRAL ? null : path.to();
			}
		}
		return null;
	}
}
