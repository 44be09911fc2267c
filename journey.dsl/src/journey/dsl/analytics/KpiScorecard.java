package journey.dsl.analytics;

import java.util.ArrayList;
import java.util.List;

import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Measurable;
import journey.dsl.model.Stage;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;
import journey.dsl.query.KpiKinds.Status;

/**
 * Where each KPI of a journey stands against its target ({@link KpiKinds#status}), listed for the
 * journey, for each stage and for each touchpoint, with a met / missed / no-data tally per holder.
 */
public final class KpiScorecard {

	/** Which kind of element holds a KPI. */
	public enum Scope {
		JOURNEY, STAGE, TOUCHPOINT
	}

	/** One KPI; {@code touchpoint} is null for journey and stage KPIs, {@code stage} for journey KPIs. */
	public record Row(Scope scope, Stage stage, Touchpoint touchpoint, Kpi kpi, Status status) {
	}

	/** How the KPIs of one journey, stage or touchpoint stand. */
	public record Tally(Scope scope, Measurable holder, int met, int missed, int noData) {
	}

	private final List<Row> rows;
	private final List<Tally> tallies;

	private KpiScorecard(List<Row> rows, List<Tally> tallies) {
		this.rows = rows;
		this.tallies = tallies;
	}

	public static KpiScorecard of(Journey journey) {
		List<Row> rows = new ArrayList<>();
		List<Tally> tallies = new ArrayList<>();
		add(Scope.JOURNEY, journey, null, null, rows, tallies);
		for (Stage stage : journey.getStages()) {
			add(Scope.STAGE, stage, stage, null, rows, tallies);
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
				add(Scope.TOUCHPOINT, touchpoint, stage, touchpoint, rows, tallies);
			}
		}
		return new KpiScorecard(List.copyOf(rows), List.copyOf(tallies));
	}

	private static void add(Scope scope, Measurable holder, Stage stage, Touchpoint touchpoint, List<Row> rows, List<Tally> tallies) {
		if (holder.getKpis().isEmpty()) {
			return;
		}
		int met = 0;
		int missed = 0;
		int noData = 0;
		for (Kpi kpi : holder.getKpis()) {
			Status status = KpiKinds.status(kpi);
			rows.add(new Row(scope, stage, touchpoint, kpi, status));
			switch (status) {
				case MET -> met++;
				case MISSED -> missed++;
				case NO_DATA -> noData++;
			}
		}
		tallies.add(new Tally(scope, holder, met, missed, noData));
	}

	/** Every KPI, journey first, then each stage followed by its touchpoints, in map order. */
	public List<Row> rows() {
		return rows;
	}

	/** One tally per journey, stage or touchpoint that has KPIs, in the order of {@link #rows()}. */
	public List<Tally> tallies() {
		return tallies;
	}
}
