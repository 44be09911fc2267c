package journey.report.export;

import java.util.LinkedHashSet;
import java.util.Set;

import journey.dsl.analytics.EmotionCurve;
import journey.dsl.model.Journey;
import journey.dsl.model.Party;
import journey.dsl.model.Person;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;
import journey.report.OutputText;

/**
 * Writes a journey as a Mermaid {@code journey} diagram: a section per stage, a task per step
 * scored 1..5 from its place on the journey's emotion scale, with the persona, the members of the
 * buying group and the people the step's touchpoints deal with, and the teams behind them, as actors.
 */
public final class MermaidExport {

	/** Score of a step whose emotion nobody recorded: the middle of Mermaid's scale. */
	private static final int NEUTRAL = 3;

	private MermaidExport() {
	}

	public static String of(Journey journey) {
		StringBuilder text = new StringBuilder("journey\n");
		text.append("    title ").append(OutputText.mermaid(JourneyQueries.label(journey), false)).append('\n');
		EmotionCurve curve = EmotionCurve.of(journey);
		int point = 0;
		for (Stage stage : journey.getStages()) {
			text.append("    section ").append(OutputText.mermaid(JourneyQueries.label(stage), true)).append('\n');
			for (Step step : stage.getSteps()) {
				EmotionCurve.Point p = curve.points().get(point++);
				text.append("      ").append(OutputText.mermaid(JourneyQueries.label(step), true)).append(": ").append(score(p.position()));
				Set<String> actors = actors(journey, step);
				if (!actors.isEmpty()) {
					text.append(": ").append(String.join(", ", actors));
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	/** A place 0..1 on the emotion scale as Mermaid's 1..5, rounded half up. */
	static int score(Double position) {
		return position == null ? NEUTRAL : (int) Math.round(1 + 4 * position);
	}

	/** Mermaid's score 1..5 as an emotion on the scale, rounded half up: the inverse of {@link #score}, for the import. */
	public static int emotion(EmotionScales.Scale scale, int score) {
		return (int) Math.round(scale.min() + (score - 1) * ((double) scale.max() - scale.min()) / 4);
	}

	private static Set<String> actors(Journey journey, Step step) {
		Set<String> actors = new LinkedHashSet<>();
		if (journey.getPersona() != null && journey.getPersona().getName() != null) {
			actors.add(journey.getPersona().getName());
		}
		for (Touchpoint touchpoint : step.getTouchpoints()) {
			for (Party party : touchpoint.getDealsWith()) {
				if (BuyingGroups.isCustomerSide(party) && party.getName() != null) {
					actors.add(OutputText.mermaid(party.getName(), true).replace(",", ""));
				} else if (party instanceof Person person) {
					actors.add(OutputText.mermaid(JourneyQueries.label(person), true).replace(",", ""));
				}
			}
		}
		for (Touchpoint touchpoint : step.getTouchpoints()) {
			for (Party owner : Ownership.ownersOf(touchpoint)) {
				Party team = JourneyQueries.teamOf(owner);
				String actor = OutputText.mermaid(JourneyQueries.label(team != null ? team : owner), true).replace(",", "");
				if (!actor.isBlank()) {
					actors.add(actor);
				}
			}
		}
		return actors;
	}

}
