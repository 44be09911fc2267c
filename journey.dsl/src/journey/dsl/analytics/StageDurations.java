package journey.dsl.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import journey.dsl.model.Duration;
import journey.dsl.model.Journey;
import journey.dsl.model.Stage;
import journey.dsl.query.Durations;

/**
 * How long each stage takes against how long it should take (seed 000: "how long does each phase
 * take on average, and how long should it last?"), in days, and the journey as their sum: the
 * shortest and longest of the typical durations (ranges such as 2-3 weeks) and the targets.
 */
public final class StageDurations {

	/** One stage; days are null where the stage gives no duration; fits are null without a target. */
	public record Row(Stage stage, Duration typical, Duration target, Duration actual, BigDecimal shortestDays, BigDecimal longestDays,
			BigDecimal targetDays, BigDecimal actualDays, Durations.Fit typicalFit, Durations.Fit actualFit) {
	}

	/** The sum over the stages that give a duration; {@code stagesCounted} of {@code stages} do. */
	public record Total(BigDecimal shortestDays, BigDecimal longestDays, int stagesCounted, BigDecimal targetDays, int targetsCounted, int stages) {
	}

	private final List<Row> rows;
	private final Total total;

	private StageDurations(List<Row> rows, Total total) {
		this.rows = rows;
		this.total = total;
	}

	public static StageDurations of(Journey journey) {
		List<Row> rows = new ArrayList<>();
		BigDecimal shortest = BigDecimal.ZERO;
		BigDecimal longest = BigDecimal.ZERO;
		BigDecimal targets = BigDecimal.ZERO;
		int counted = 0;
		int targetsCounted = 0;
		for (Stage stage : journey.getStages()) {
			Row row = new Row(stage, stage.getTypicalDuration(), stage.getTargetDuration(), stage.getActualDuration(),
					days(Durations.inMinutes(stage.getTypicalDuration())), days(Durations.longestInMinutes(stage.getTypicalDuration())),
					days(Durations.inMinutes(stage.getTargetDuration())), days(Durations.inMinutes(stage.getActualDuration())),
					Durations.fit(stage.getTypicalDuration(), stage.getTargetDuration()), Durations.fit(stage.getActualDuration(), stage.getTargetDuration()));
			rows.add(row);
			if (row.shortestDays() != null) {
				shortest = shortest.add(row.shortestDays());
				longest = longest.add(row.longestDays());
				counted++;
			}
			if (row.targetDays() != null) {
				targets = targets.add(row.targetDays());
				targetsCounted++;
			}
		}
		return new StageDurations(List.copyOf(rows), new Total(Durations.plain(shortest), Durations.plain(longest), counted,
				Durations.plain(targets), targetsCounted, rows.size()));
	}

	private static BigDecimal days(BigDecimal minutes) {
		return minutes == null ? null : Durations.minutesInDays(minutes);
	}

	public List<Row> rows() {
		return rows;
	}

	public Total total() {
		return total;
	}
}
