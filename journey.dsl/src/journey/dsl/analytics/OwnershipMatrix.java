package journey.dsl.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import journey.dsl.model.Journey;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;

/**
 * Which teams stand behind the touchpoints of each stage: a teams &times; stages matrix counting,
 * per cell, the touchpoints the team is behind ({@link Ownership#ownersOf(journey.dsl.model.Touchpoint)}, with people
 * counted for their {@link JourneyQueries#teamOf team}; a person in no team is a row of its own).
 * A touchpoint counts once per team however many of its activities the team owns. Touchpoints
 * nobody is behind are listed as unowned.
 */
public final class OwnershipMatrix {

	/** A touchpoint nobody inside is behind. */
	public record Unowned(Stage stage, Touchpoint touchpoint) {
	}

	private final List<Stage> stages;
	private final Map<Stage, Integer> columns = new java.util.IdentityHashMap<>();
	private final Map<Party, int[]> counts;
	private final List<Unowned> unowned;

	private OwnershipMatrix(List<Stage> stages, Map<Party, int[]> counts, List<Unowned> unowned) {
		this.stages = stages;
		this.counts = counts;
		this.unowned = unowned;
		for (int i = 0; i < stages.size(); i++) {
			columns.put(stages.get(i), i);
		}
	}

	public static OwnershipMatrix of(Journey journey) {
		List<Stage> stages = List.copyOf(journey.getStages());
		Map<Party, int[]> counts = new LinkedHashMap<>();
		List<Unowned> unowned = new ArrayList<>();
		for (int column = 0; column < stages.size(); column++) {
			Stage stage = stages.get(column);
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(stage)) {
				Set<Party> owners = Ownership.ownersOf(touchpoint);
				if (owners.isEmpty()) {
					unowned.add(new Unowned(stage, touchpoint));
					continue;
				}
				Set<Party> teams = new LinkedHashSet<>();
				for (Party owner : owners) {
					Party team = JourneyQueries.teamOf(owner);
					teams.add(team != null ? team : owner);
				}
				for (Party team : teams) {
					counts.computeIfAbsent(team, t -> new int[stages.size()])[column]++;
				}
			}
		}
		return new OwnershipMatrix(stages, counts, List.copyOf(unowned));
	}

	/** The columns, in map order. */
	public List<Stage> stages() {
		return stages;
	}

	/** The rows: each team (or team-less person) behind at least one touchpoint, in order of first appearance. */
	public List<Party> teams() {
		return List.copyOf(counts.keySet());
	}

	/** How many touchpoints of the stage the team is behind. */
	public int count(Party team, Stage stage) {
		int[] row = counts.get(team);
		Integer column = columns.get(stage);
		return row == null || column == null ? 0 : row[column];
	}

	/** How many touchpoints of the whole journey the team is behind. */
	public int total(Party team) {
		int[] row = counts.get(team);
		int sum = 0;
		if (row != null) {
			for (int n : row) {
				sum += n;
			}
		}
		return sum;
	}

	/** Touchpoints nobody inside is behind, in map order. */
	public List<Unowned> unowned() {
		return unowned;
	}
}
