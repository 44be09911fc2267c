package journey.sirius.tests;

import static journey.sirius.tests.Views.edgeEnds;
import static journey.sirius.tests.Views.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import journey.dsl.model.Activity;
import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Measurement;
import journey.dsl.model.Lane;
import journey.dsl.model.Moment;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Technology;
import journey.dsl.model.Touchpoint;
import journey.sirius.JourneyViewpointIds.ImprovementBoard;
import journey.sirius.JourneyViewpointIds.JourneyMap;
import journey.sirius.JourneyViewpointIds.KpiTable;
import journey.sirius.JourneyViewpointIds.ServiceBlueprint;

/**
 * Every representation is created on every journey of every example in real Sirius, and what each
 * mapping shows is checked against the model, read here without the viewpoint's services. The
 * counts per mapping are printed for the record.
 */
class RepresentationsTest {

	static List<String> examples() {
		return JourneySession.exampleNames();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void theJourneyMapShowsStagesStepsTouchpointsPainPointsFlowsAndDropOuts(String example) {
		try (JourneySession session = JourneySession.open(example)) {
			for (Journey journey : session.journeys()) {
				DDiagram map = session.create(JourneyMap.ID, journey);
				List<Step> steps = steps(journey);
				assertEquals(List.of(journey), targets(map, JourneyMap.JOURNEY));
				assertEquals(journey.getStages(), targets(map, JourneyMap.STAGE), "stages left to right");
				assertSameElements(steps, targets(map, JourneyMap.STEP));
				assertSameElements(touchpoints(journey), targets(map, JourneyMap.TOUCHPOINT));
				assertSameElements(steps.stream().flatMap(s -> s.getPainPoints().stream()).toList(), targets(map, JourneyMap.STEP_PAIN_POINT));
				assertSameElements(touchpoints(journey).stream().flatMap(t -> t.getPainPoints().stream()).toList(),
						targets(map, JourneyMap.TOUCHPOINT_PAIN_POINT));
				List<List<EObject>> flows = new ArrayList<>();
				List<List<EObject>> dropOutFlows = new ArrayList<>();
				List<EObject> dropOuts = new ArrayList<>();
				for (Step step : steps) {
					for (Flow flow : step.getFlows()) {
						if (flow.getKind() == FlowKind.DROPOUT) {
							dropOuts.add(flow);
							dropOutFlows.add(List.of(step, flow));
						} else {
							flows.add(List.of(step, flow.getTarget()));
						}
					}
				}
				assertSameElements(flows, edgeEnds(map, JourneyMap.FLOW));
				assertSameElements(dropOuts, targets(map, JourneyMap.DROP_OUT));
				assertSameElements(dropOutFlows, edgeEnds(map, JourneyMap.DROP_OUT_FLOW));
				assertSameElements(Stream.concat(steps.stream(), touchpoints(journey).stream()).filter(Moment::isKeyMoment).toList(),
						decorated(map, JourneyMap.KEY_MOMENT_DECORATION));
				report(example, journey, map);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void theBlueprintShowsEachActivityInItsLaneUnderTheStagesItServesWithItsLinks(String example) {
		try (JourneySession session = JourneySession.open(example)) {
			for (Journey journey : session.journeys()) {
				DDiagram blueprint = session.create(ServiceBlueprint.ID, journey);
				assertEquals(journey.getStages(), targets(blueprint, ServiceBlueprint.STAGE), "stages left to right");
				for (String lane : List.of(ServiceBlueprint.EVIDENCE_LANE, ServiceBlueprint.CUSTOMER_LANE, ServiceBlueprint.LINE_OF_INTERACTION,
						ServiceBlueprint.FRONTSTAGE_LANE, ServiceBlueprint.LINE_OF_VISIBILITY, ServiceBlueprint.BACKSTAGE_LANE,
						ServiceBlueprint.LINE_OF_INTERNAL_INTERACTION, ServiceBlueprint.SUPPORT_LANE)) {
					assertEquals(journey.getStages(), targets(blueprint, lane), lane + " under every stage");
				}
				assertSameElements(steps(journey), targets(blueprint, ServiceBlueprint.STEP));
				assertSameElements(touchpoints(journey), targets(blueprint, ServiceBlueprint.TOUCHPOINT));
				assertSameElements(touchpoints(journey).stream().filter(t -> !t.getEvidence().isEmpty()).toList(),
						targets(blueprint, ServiceBlueprint.EVIDENCE));

				Map<String, Lane> laneOf = Map.of(ServiceBlueprint.FRONTSTAGE_ACTIVITY, Lane.FRONTSTAGE,
						ServiceBlueprint.BACKSTAGE_ACTIVITY, Lane.BACKSTAGE, ServiceBlueprint.SUPPORT_ACTIVITY, Lane.SUPPORT);
				List<List<EObject>> supports = new ArrayList<>();
				List<List<EObject>> triggers = new ArrayList<>();
				Set<Technology> systems = new LinkedHashSet<>();
				int uses = 0;
				Map<String, List<List<EObject>>> placed = new HashMap<>();
				for (Stage stage : journey.getStages()) {
					List<Activity> behind = activitiesBehind(stage);
					for (var lane : laneOf.entrySet()) {
						behind.stream().filter(a -> a.getLane() == lane.getValue())
								.forEach(a -> placed.computeIfAbsent(lane.getKey(), k -> new ArrayList<>()).add(List.of(stage, a)));
					}
					for (Touchpoint touchpoint : touchpoints(stage)) {
						touchpoint.getSupportedBy().forEach(activity -> supports.add(List.of(touchpoint, activity)));
					}
					for (Activity activity : behind) {
						activity.getTriggers().stream().filter(behind::contains).forEach(triggered -> triggers.add(List.of(activity, triggered)));
						systems.addAll(activity.getSystems());
						uses += activity.getSystems().size();
					}
				}
				for (String mapping : laneOf.keySet()) {
					assertSameElements(placed.getOrDefault(mapping, List.of()), stageAndTarget(blueprint, mapping));
				}
				assertSameElements(supports, edgeEnds(blueprint, ServiceBlueprint.SUPPORTS), "one edge per supported by, inside its stage");
				assertSameElements(triggers, edgeEnds(blueprint, ServiceBlueprint.TRIGGERS), "one edge per trigger, inside each stage");
				assertSameElements(new ArrayList<>(systems), targets(blueprint, ServiceBlueprint.SYSTEM));
				assertEquals(uses, Views.of(blueprint, ServiceBlueprint.USES).size(), "one uses edge per activity view and system");
				assertEquals(List.of(), targets(blueprint, ServiceBlueprint.ATTENTION), "the warnings layer is off by default");

				session.toggleLayer(blueprint, ServiceBlueprint.WARNINGS);
				List<NamedElement> attention = new ArrayList<>();
				touchpoints(journey).stream().filter(t -> t.getSupportedBy().isEmpty() || ownersOf(t).isEmpty()).forEach(attention::add);
				journey.getStages().stream().flatMap(s -> activitiesBehind(s).stream()).distinct().filter(a -> ownerOf(a) == null).forEach(attention::add);
				assertEquals(List.of(journey), targets(blueprint, ServiceBlueprint.ATTENTION));
				assertSameElements(attention, targets(blueprint, ServiceBlueprint.ATTENTION_ITEM));
				report(example, journey, blueprint);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void theImprovementBoardShowsPainPointsInsightsOpportunitiesSolutionsAndTheirLinks(String example) {
		try (JourneySession session = JourneySession.open(example)) {
			for (Journey journey : session.journeys()) {
				DDiagram board = session.create(ImprovementBoard.ID, journey);
				List<PainPoint> pains = new ArrayList<>();
				for (Step step : steps(journey)) {
					pains.addAll(step.getPainPoints());
					step.getTouchpoints().forEach(t -> pains.addAll(t.getPainPoints()));
				}
				assertSameElements(pains, targets(board, ImprovementBoard.PAIN_POINT));
				assertSameElements(journey.getInsights(), targets(board, ImprovementBoard.INSIGHT));
				assertSameElements(journey.getOpportunities(), targets(board, ImprovementBoard.OPPORTUNITY));
				assertSameElements(journey.getSolutions(), targets(board, ImprovementBoard.SOLUTION));
				List<List<EObject>> fromInsight = new ArrayList<>();
				List<List<EObject>> relieves = new ArrayList<>();
				List<List<EObject>> addresses = new ArrayList<>();
				for (Opportunity opportunity : journey.getOpportunities()) {
					opportunity.getInsights().forEach(i -> fromInsight.add(List.of(opportunity, i)));
					opportunity.getPainPoints().stream().filter(pains::contains).forEach(p -> relieves.add(List.of(opportunity, p)));
				}
				for (Solution solution : journey.getSolutions()) {
					solution.getOpportunities().forEach(o -> addresses.add(List.of(solution, o)));
				}
				assertSameElements(fromInsight, edgeEnds(board, ImprovementBoard.FROM_INSIGHT));
				assertSameElements(relieves, edgeEnds(board, ImprovementBoard.RELIEVES));
				assertSameElements(addresses, edgeEnds(board, ImprovementBoard.ADDRESSES));
				report(example, journey, board);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void theKpiTableHasALinePerKpiOfTheJourneyItsStagesAndTouchpoints(String example) {
		try (JourneySession session = JourneySession.open(example)) {
			for (Journey journey : session.journeys()) {
				DTable table = session.create(KpiTable.ID, journey);
				List<Kpi> kpis = new ArrayList<>(journey.getKpis());
				for (Stage stage : journey.getStages()) {
					kpis.addAll(stage.getKpis());
					touchpoints(stage).forEach(t -> kpis.addAll(t.getKpis()));
				}
				List<DLine> lines = Views.lines(table, KpiTable.KPI);
				assertEquals(kpis, lines.stream().map(DLine::getTarget).toList(), "one line per KPI, journey first, then stage by stage");
				for (DLine line : lines) {
					Kpi kpi = (Kpi) line.getTarget();
					assertEquals(kpi.getTitle() != null ? kpi.getTitle() : kpi.getName(), line.getLabel());
					assertTrue(Views.cell(line, KpiTable.SUBJECT).endsWith(label((NamedElement) kpi.eContainer())), () -> Views.cell(line, KpiTable.SUBJECT));
					assertEquals(plain(kpi.getTarget()), Views.cell(line, KpiTable.TARGET).replaceAll("[^0-9.\\-]", ""));
					assertEquals(plain(kpi.getActual()), Views.cell(line, KpiTable.ACTUAL).replaceAll("[^0-9.\\-]", ""));
					assertEquals(kpi.isSetCadence() ? kpi.getCadence().getLiteral() : "", Views.cell(line, KpiTable.CADENCE));
					assertEquals(kpi.getOwner() == null ? "" : label(kpi.getOwner()), Views.cell(line, KpiTable.OWNER));
					assertFalse(Views.cell(line, KpiTable.KIND).isEmpty(), "every KPI shows its kind");
					assertTrue(List.of("met", "missed", "no data").contains(Views.cell(line, KpiTable.STATUS)));
					java.util.Optional<Measurement> last = kpi.getMeasurements().stream()
							.max(java.util.Comparator.comparing(Measurement::getDate));
					String measured = Views.cell(line, KpiTable.LAST_MEASURED);
					assertEquals(last.isPresent(), !measured.isEmpty(), measured);
					last.ifPresent(m -> assertTrue(measured.startsWith(plain(m.getValue())) && measured.contains(" on "
							+ m.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()), measured));
				}
				System.out.printf("sirius: %s %s %s: %d lines (KT_Kpi), %d columns%n", example, journey.getName(), KpiTable.ID, lines.size(),
						table.getColumns().size());
			}
		}
	}

	// ------------------------------------------------------------------ the model, read without the services

	private static List<Step> steps(Journey journey) {
		return journey.getStages().stream().flatMap(s -> s.getSteps().stream()).toList();
	}

	private static List<Touchpoint> touchpoints(Journey journey) {
		return journey.getStages().stream().flatMap(s -> touchpoints(s).stream()).toList();
	}

	private static List<Touchpoint> touchpoints(Stage stage) {
		return stage.getSteps().stream().flatMap(s -> s.getTouchpoints().stream()).toList();
	}

	/** The activities supporting the stage's touchpoints and those they trigger, transitively. */
	private static List<Activity> activitiesBehind(Stage stage) {
		Set<Activity> behind = new LinkedHashSet<>();
		List<Activity> todo = new ArrayList<>();
		touchpoints(stage).forEach(t -> todo.addAll(t.getSupportedBy()));
		while (!todo.isEmpty()) {
			Activity next = todo.remove(0);
			if (behind.add(next)) {
				todo.addAll(next.getTriggers());
			}
		}
		return new ArrayList<>(behind);
	}

	private static EObject ownerOf(Activity activity) {
		if (activity.getOwner() != null) {
			return activity.getOwner();
		}
		return activity.eContainer() instanceof journey.dsl.model.Process process ? process.getOwner() : null;
	}

	private static Collection<EObject> ownersOf(Touchpoint touchpoint) {
		if (touchpoint.getOwner() != null) {
			return List.of(touchpoint.getOwner());
		}
		return touchpoint.getSupportedBy().stream().map(RepresentationsTest::ownerOf).filter(o -> o != null).toList();
	}

	private static String label(NamedElement element) {
		return element.getTitle() != null ? element.getTitle() : element.getName();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	// ------------------------------------------------------------------ views

	/** Each activity view as the stage of its lane and the activity. */
	private static List<List<EObject>> stageAndTarget(DDiagram diagram, String mapping) {
		List<List<EObject>> result = new ArrayList<>();
		for (DDiagramElement view : Views.of(diagram, mapping)) {
			result.add(List.of(((org.eclipse.sirius.viewpoint.DSemanticDecorator) view.eContainer()).getTarget(), view.getTarget()));
		}
		return result;
	}

	/** The semantic elements whose views carry the decoration. */
	private static List<EObject> decorated(DDiagram diagram, String decoration) {
		return diagram.getDiagramElements().stream()
				.filter(view -> Stream.concat(view.getDecorations().stream(), view.getTransientDecorations().stream())
						.anyMatch(d -> d.getDescription() != null && decoration.equals(d.getDescription().getName())))
				.map(DDiagramElement::getTarget).distinct().toList();
	}

	private static void assertSameElements(List<?> expected, List<?> actual) {
		assertSameElements(expected, actual, "");
	}

	/** The same elements, each as often, in any order. */
	private static void assertSameElements(List<?> expected, List<?> actual, String what) {
		Map<Object, Integer> want = new HashMap<>();
		expected.forEach(e -> want.merge(e, 1, Integer::sum));
		Map<Object, Integer> have = new HashMap<>();
		actual.forEach(e -> have.merge(e, 1, Integer::sum));
		assertEquals(want, have, what);
	}

	private static void report(String example, Journey journey, DDiagram diagram) {
		System.out.printf("sirius: %s %s %s: %s%n", example, journey.getName(), diagram.getDescription().getName(), Views.counts(diagram));
	}
}
