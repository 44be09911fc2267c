package journey.dsl.analytics;

import journey.dsl.model.Journey;

/**
 * Every analytics figure of one journey, computed once, each in time linear in the size of the
 * journey: what the analyze command, the HTML renderer and the diagrams show.
 */
public record JourneyAnalytics(Journey journey, EmotionCurve emotionCurve, Funnel funnel, KpiScorecard kpis,
		PainPointPriorities painPoints, OwnershipMatrix ownership, EvidenceCoverage evidence, StageDurations durations, Stakeholders stakeholders) {

	public static JourneyAnalytics of(Journey journey) {
		return of(journey, PriorityFormula.DEFAULT);
	}

	public static JourneyAnalytics of(Journey journey, PriorityFormula formula) {
		return new JourneyAnalytics(journey, EmotionCurve.of(journey), Funnel.of(journey), KpiScorecard.of(journey),
				PainPointPriorities.of(journey, formula), OwnershipMatrix.of(journey), EvidenceCoverage.of(journey), StageDurations.of(journey),
				Stakeholders.of(journey));
	}
}
