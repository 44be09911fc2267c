package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DDiagramElementContainer;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DNode;
import org.eclipse.sirius.diagram.DragAndDropTarget;
import org.eclipse.sirius.diagram.EdgeTarget;
import org.eclipse.sirius.diagram.description.tool.ContainerCreationDescription;
import org.eclipse.sirius.diagram.description.tool.ContainerDropDescription;
import org.eclipse.sirius.diagram.description.tool.DirectEditLabel;
import org.eclipse.sirius.diagram.description.tool.EdgeCreationDescription;
import org.eclipse.sirius.diagram.description.tool.NodeCreationDescription;
import org.eclipse.sirius.diagram.description.tool.ReconnectEdgeDescription;
import org.eclipse.sirius.diagram.tools.api.command.IDiagramCommandFactory;
import org.eclipse.sirius.table.metamodel.table.DCell;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.eclipse.sirius.viewpoint.description.tool.OperationAction;
import org.eclipse.sirius.viewpoint.description.tool.SelectionWizardDescription;

import journey.dsl.model.Activity;
import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.Opportunity;
import journey.dsl.model.Party;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.model.JourneyPackage;
import journey.dsl.query.JourneyQueries;
import journey.sirius.services.ElementServices;
import journey.sirius.JourneyViewpointIds.ImprovementBoard;
import journey.sirius.JourneyViewpointIds.JourneyMap;
import journey.sirius.JourneyViewpointIds.KpiTable;
import journey.sirius.JourneyViewpointIds.ServiceBlueprint;

/**
 * How a modeler uses each palette tool of the viewpoint on an example's main journey, run through
 * Sirius's own command factories: the view it is used on, and what is typed, dropped or chosen.
 * The table's in-place edits have no tool names; they are known by their column.
 */
final class PaletteTools {

	/** One example's main journey in a session, with its representations created on first use. */
	static final class Scene {
		final JourneySession session;
		final Journey journey;
		private final Map<String, Object> representations = new LinkedHashMap<>();

		Scene(JourneySession session) {
			this.session = session;
			this.journey = session.mainJourney();
		}

		DDiagram diagram(String id) {
			return (DDiagram) representations.computeIfAbsent(id, k -> session.create(k, journey));
		}

		DTable table() {
			return (DTable) representations.computeIfAbsent(KpiTable.ID, k -> session.create(k, journey));
		}

		@SuppressWarnings("unchecked")
		<T extends EObject> T tool(String representation, String name, Class<T> type) {
			EObject description = KpiTable.ID.equals(representation) ? table().getDescription() : diagram(representation).getDescription();
			for (var it = description.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (type.isInstance(element) && name.equals(element.eGet(element.eClass().getEStructuralFeature("name")))) {
					return (T) element;
				}
			}
			throw new AssertionError("no tool " + name + " in " + representation);
		}

		DDiagramElement view(String representation, String mapping, EObject target) {
			return Views.view(diagram(representation), mapping, target);
		}

		IDiagramCommandFactory commands() {
			return session.diagramCommands();
		}

		void run(Command command) {
			session.execute(command);
		}

		List<Stage> stages() {
			return journey.getStages();
		}

		List<Step> steps() {
			return JourneyQueries.steps(journey);
		}

		List<Touchpoint> touchpoints() {
			return JourneyQueries.touchpoints(journey);
		}

		/** The first stage that has a touchpoint, where activities can be created. */
		Stage stageWithTouchpoints() {
			return stages().stream().filter(s -> !JourneyQueries.touchpoints(s).isEmpty()).findFirst().orElseThrow();
		}

		Touchpoint firstTouchpoint() {
			return touchpoints().get(0);
		}

		/** The views of the blueprint's activity mappings, in diagram order. */
		List<DDiagramElement> activityViews(Predicate<Activity> which) {
			List<DDiagramElement> views = new ArrayList<>();
			for (String mapping : List.of(ServiceBlueprint.FRONTSTAGE_ACTIVITY, ServiceBlueprint.BACKSTAGE_ACTIVITY, ServiceBlueprint.SUPPORT_ACTIVITY)) {
				Views.of(diagram(ServiceBlueprint.ID), mapping).stream().filter(v -> which.test((Activity) v.getTarget())).forEach(views::add);
			}
			assertFalse(views.isEmpty(), "the blueprint shows such an activity");
			return views;
		}

		DDiagramElement laneView(String laneMapping, Stage stage) {
			return Views.view(diagram(ServiceBlueprint.ID), laneMapping, stage);
		}

		DEdge firstEdge(String representation, String mapping) {
			return (DEdge) Views.of(diagram(representation), mapping).get(0);
		}

		/** Another owner than the current one, from those the tools offer. */
		Party someOtherParty(EObject element, Party current) {
			return new ElementServices().ownerCandidates(element).stream().filter(p -> p != current).findFirst().orElseThrow();
		}

		DCell cell(DLine line, String column) {
			return line.getCells().stream().filter(c -> column.equals(c.getColumn().getOriginMapping().getName())).findFirst().orElseThrow();
		}

		DLine firstKpiLine() {
			session.refresh(table());
			return Views.lines(table(), KpiTable.KPI).get(0);
		}
	}

	/** Every tool by name, in palette order. */
	static final Map<String, Consumer<Scene>> ALL = new LinkedHashMap<>();

	static {
		// ------------------------------------------------------------------ journey map
		ALL.put(JourneyMap.CREATE_STAGE, s -> s.run(s.commands().buildCreateContainerCommandFromTool(
				(DDiagramElementContainer) s.view(JourneyMap.ID, JourneyMap.JOURNEY, s.journey),
				s.tool(JourneyMap.ID, JourneyMap.CREATE_STAGE, ContainerCreationDescription.class))));
		ALL.put(JourneyMap.CREATE_STEP, s -> s.run(s.commands().buildCreateContainerCommandFromTool(
				(DDiagramElementContainer) s.view(JourneyMap.ID, JourneyMap.STAGE, s.stages().get(0)),
				s.tool(JourneyMap.ID, JourneyMap.CREATE_STEP, ContainerCreationDescription.class))));
		ALL.put(JourneyMap.CREATE_TOUCHPOINT, s -> s.run(s.commands().buildCreateNodeCommandFromTool(
				(DDiagramElementContainer) s.view(JourneyMap.ID, JourneyMap.STEP, s.steps().get(0)),
				s.tool(JourneyMap.ID, JourneyMap.CREATE_TOUCHPOINT, NodeCreationDescription.class))));
		ALL.put(JourneyMap.CREATE_PAIN_POINT, s -> s.run(s.commands().buildCreateNodeCommandFromTool(
				(DNode) s.view(JourneyMap.ID, JourneyMap.TOUCHPOINT, s.firstTouchpoint()),
				s.tool(JourneyMap.ID, JourneyMap.CREATE_PAIN_POINT, NodeCreationDescription.class))));
		ALL.put(JourneyMap.CREATE_FLOW, s -> s.run(s.commands().buildCreateEdgeCommandFromTool(
				(EdgeTarget) s.view(JourneyMap.ID, JourneyMap.STEP, s.steps().get(0)),
				(EdgeTarget) s.view(JourneyMap.ID, JourneyMap.STEP, s.steps().get(s.steps().size() - 1)),
				s.tool(JourneyMap.ID, JourneyMap.CREATE_FLOW, EdgeCreationDescription.class))));
		// the second step is the target of the first step's flow: the flow goes with it
		ALL.put(JourneyMap.DELETE_ELEMENT, s -> s.run(s.commands().buildDeleteDiagramElement(s.view(JourneyMap.ID, JourneyMap.STEP, s.steps().get(1)))));
		ALL.put(JourneyMap.EDIT_LABEL, s -> s.run(s.commands().buildDirectEditLabelFromTool(
				s.view(JourneyMap.ID, JourneyMap.TOUCHPOINT, s.firstTouchpoint()),
				s.tool(JourneyMap.ID, JourneyMap.EDIT_LABEL, DirectEditLabel.class), "Renamed on the map")));
		ALL.put(JourneyMap.KEEP_ELEMENT, s -> s.run(s.commands().buildDeleteDiagramElement(s.view(JourneyMap.ID, JourneyMap.JOURNEY, s.journey))));
		ALL.put(JourneyMap.MOVE_TOUCHPOINT, s -> s.run(s.commands().buildDropInContainerCommandFromTool(
				(DragAndDropTarget) s.view(JourneyMap.ID, JourneyMap.STEP, s.steps().get(1)),
				s.view(JourneyMap.ID, JourneyMap.TOUCHPOINT, s.firstTouchpoint()),
				s.tool(JourneyMap.ID, JourneyMap.MOVE_TOUCHPOINT, ContainerDropDescription.class))));
		ALL.put(JourneyMap.MOVE_STEP, s -> {
			List<Step> firstStageSteps = s.stages().get(0).getSteps();
			s.run(s.commands().buildDropInContainerCommandFromTool(
					(DragAndDropTarget) s.view(JourneyMap.ID, JourneyMap.STAGE, s.stages().get(1)),
					s.view(JourneyMap.ID, JourneyMap.STEP, firstStageSteps.get(firstStageSteps.size() - 1)),
					s.tool(JourneyMap.ID, JourneyMap.MOVE_STEP, ContainerDropDescription.class)));
		});
		ALL.put(JourneyMap.MOVE_STAGE_EARLIER, s -> s.run(s.commands().buildOperationActionFromTool(
				s.tool(JourneyMap.ID, JourneyMap.MOVE_STAGE_EARLIER, OperationAction.class),
				List.of((DSemanticDecorator) s.view(JourneyMap.ID, JourneyMap.STAGE, s.stages().get(1))))));
		ALL.put(JourneyMap.MOVE_STAGE_LATER, s -> s.run(s.commands().buildOperationActionFromTool(
				s.tool(JourneyMap.ID, JourneyMap.MOVE_STAGE_LATER, OperationAction.class),
				List.of((DSemanticDecorator) s.view(JourneyMap.ID, JourneyMap.STAGE, s.stages().get(0))))));

		// ------------------------------------------------------------------ service blueprint
		ALL.put(ServiceBlueprint.CREATE_STAGE, s -> s.run(s.commands().buildCreateContainerCommandFromTool(
				(DDiagramElementContainer) s.view(ServiceBlueprint.ID, ServiceBlueprint.JOURNEY, s.journey),
				s.tool(ServiceBlueprint.ID, ServiceBlueprint.CREATE_STAGE, ContainerCreationDescription.class))));
		ALL.put(ServiceBlueprint.CREATE_STEP, s -> s.run(s.commands().buildCreateContainerCommandFromTool(
				(DDiagramElementContainer) s.laneView(ServiceBlueprint.CUSTOMER_LANE, s.stages().get(0)),
				s.tool(ServiceBlueprint.ID, ServiceBlueprint.CREATE_STEP, ContainerCreationDescription.class))));
		ALL.put(ServiceBlueprint.CREATE_TOUCHPOINT, s -> s.run(s.commands().buildCreateNodeCommandFromTool(
				(DDiagramElementContainer) s.view(ServiceBlueprint.ID, ServiceBlueprint.STEP, s.steps().get(0)),
				s.tool(ServiceBlueprint.ID, ServiceBlueprint.CREATE_TOUCHPOINT, NodeCreationDescription.class))));
		ALL.put(ServiceBlueprint.CREATE_FRONTSTAGE_ACTIVITY, s -> createActivity(s, ServiceBlueprint.FRONTSTAGE_LANE, ServiceBlueprint.CREATE_FRONTSTAGE_ACTIVITY));
		ALL.put(ServiceBlueprint.CREATE_BACKSTAGE_ACTIVITY, s -> createActivity(s, ServiceBlueprint.BACKSTAGE_LANE, ServiceBlueprint.CREATE_BACKSTAGE_ACTIVITY));
		ALL.put(ServiceBlueprint.CREATE_SUPPORT_ACTIVITY, s -> createActivity(s, ServiceBlueprint.SUPPORT_LANE, ServiceBlueprint.CREATE_SUPPORT_ACTIVITY));
		ALL.put(ServiceBlueprint.LINK_SUPPORT, s -> {
			Touchpoint touchpoint = s.firstTouchpoint();
			DDiagramElement activity = s.activityViews(a -> !touchpoint.getSupportedBy().contains(a)).get(0);
			s.run(s.commands().buildCreateEdgeCommandFromTool((EdgeTarget) s.view(ServiceBlueprint.ID, ServiceBlueprint.TOUCHPOINT, touchpoint),
					(EdgeTarget) activity, s.tool(ServiceBlueprint.ID, ServiceBlueprint.LINK_SUPPORT, EdgeCreationDescription.class)));
		});
		ALL.put(ServiceBlueprint.RECONNECT_SUPPORT_TARGET, s -> {
			DEdge support = s.firstEdge(ServiceBlueprint.ID, ServiceBlueprint.SUPPORTS);
			Touchpoint touchpoint = (Touchpoint) ((DSemanticDecorator) support.getSourceNode()).getTarget();
			DDiagramElement other = s.activityViews(a -> !touchpoint.getSupportedBy().contains(a)).get(0);
			s.run(s.commands().buildReconnectEdgeCommandFromTool(s.tool(ServiceBlueprint.ID, ServiceBlueprint.RECONNECT_SUPPORT_TARGET, ReconnectEdgeDescription.class),
					support, support.getTargetNode(), (EdgeTarget) other));
		});
		ALL.put(ServiceBlueprint.RECONNECT_SUPPORT_SOURCE, s -> {
			DEdge support = s.firstEdge(ServiceBlueprint.ID, ServiceBlueprint.SUPPORTS);
			Activity activity = (Activity) ((DSemanticDecorator) support.getTargetNode()).getTarget();
			Touchpoint other = s.touchpoints().stream().filter(t -> !t.getSupportedBy().contains(activity)).findFirst().orElseThrow();
			s.run(s.commands().buildReconnectEdgeCommandFromTool(s.tool(ServiceBlueprint.ID, ServiceBlueprint.RECONNECT_SUPPORT_SOURCE, ReconnectEdgeDescription.class),
					support, support.getSourceNode(), (EdgeTarget) s.view(ServiceBlueprint.ID, ServiceBlueprint.TOUCHPOINT, other)));
		});
		ALL.put(ServiceBlueprint.DELETE_SUPPORT, s -> s.run(s.commands().buildDeleteDiagramElement(s.firstEdge(ServiceBlueprint.ID, ServiceBlueprint.SUPPORTS))));
		ALL.put(ServiceBlueprint.DELETE_USES, s -> s.run(s.commands().buildDeleteDiagramElement(s.firstEdge(ServiceBlueprint.ID, ServiceBlueprint.USES))));
		ALL.put(ServiceBlueprint.DELETE_ELEMENT, s -> s.run(s.commands().buildDeleteDiagramElement(
				s.view(ServiceBlueprint.ID, ServiceBlueprint.TOUCHPOINT, s.touchpoints().get(s.touchpoints().size() - 1)))));
		ALL.put(ServiceBlueprint.EDIT_LABEL, s -> s.run(s.commands().buildDirectEditLabelFromTool(
				s.view(ServiceBlueprint.ID, ServiceBlueprint.STEP, s.steps().get(0)),
				s.tool(ServiceBlueprint.ID, ServiceBlueprint.EDIT_LABEL, DirectEditLabel.class), "Renamed on the blueprint")));
		ALL.put(ServiceBlueprint.KEEP_ELEMENT, s -> s.run(s.commands().buildDeleteDiagramElement(s.laneView(ServiceBlueprint.BACKSTAGE_LANE, s.stages().get(0)))));
		ALL.put(ServiceBlueprint.SET_OWNER, s -> {
			DDiagramElement activity = s.activityViews(a -> true).get(0);
			Party owner = s.someOtherParty(activity.getTarget(), ((Activity) activity.getTarget()).getOwner());
			s.run(s.commands().buildSelectionWizardCommandFromTool(s.tool(ServiceBlueprint.ID, ServiceBlueprint.SET_OWNER, SelectionWizardDescription.class),
					activity, List.of(owner)));
		});
		ALL.put(ServiceBlueprint.LINK_TRIGGER, s -> {
			// two activities behind one stage, the first not triggering the second yet
			Stage stage = s.stages().stream().filter(st -> JourneyQueries.activitiesBehind(st).size() > 1).findFirst().orElseThrow();
			List<Activity> behind = JourneyQueries.activitiesBehind(stage);
			Activity from = behind.get(0);
			Activity to = behind.stream().filter(a -> a != from && !from.getTriggers().contains(a)).findFirst().orElseThrow();
			s.run(s.commands().buildCreateEdgeCommandFromTool(activityView(s, stage, from), activityView(s, stage, to),
					s.tool(ServiceBlueprint.ID, ServiceBlueprint.LINK_TRIGGER, EdgeCreationDescription.class)));
		});
		ALL.put(ServiceBlueprint.DELETE_TRIGGER, s -> s.run(s.commands().buildDeleteDiagramElement(s.firstEdge(ServiceBlueprint.ID, ServiceBlueprint.TRIGGERS))));
		// the activity also serves other journeys or activities: it leaves this journey and stays in the catalogue
		ALL.put(ServiceBlueprint.REMOVE_ACTIVITY, s -> s.run(s.commands().buildDeleteDiagramElement(s.activityViews(a -> true).get(0))));
		ALL.put(ServiceBlueprint.MOVE_TO_BACKSTAGE, s -> moveActivity(s, ServiceBlueprint.FRONTSTAGE_ACTIVITY, ServiceBlueprint.BACKSTAGE_LANE, ServiceBlueprint.MOVE_TO_BACKSTAGE));
		ALL.put(ServiceBlueprint.MOVE_TO_FRONTSTAGE, s -> moveActivity(s, ServiceBlueprint.BACKSTAGE_ACTIVITY, ServiceBlueprint.FRONTSTAGE_LANE, ServiceBlueprint.MOVE_TO_FRONTSTAGE));
		ALL.put(ServiceBlueprint.MOVE_TO_SUPPORT, s -> moveActivity(s, ServiceBlueprint.BACKSTAGE_ACTIVITY, ServiceBlueprint.SUPPORT_LANE, ServiceBlueprint.MOVE_TO_SUPPORT));

		// ------------------------------------------------------------------ improvement board
		ALL.put(ImprovementBoard.CREATE_INSIGHT, s -> s.run(s.commands().buildCreateNodeCommandFromTool(s.diagram(ImprovementBoard.ID),
				s.tool(ImprovementBoard.ID, ImprovementBoard.CREATE_INSIGHT, NodeCreationDescription.class))));
		ALL.put(ImprovementBoard.CREATE_OPPORTUNITY, s -> s.run(s.commands().buildCreateNodeCommandFromTool(s.diagram(ImprovementBoard.ID),
				s.tool(ImprovementBoard.ID, ImprovementBoard.CREATE_OPPORTUNITY, NodeCreationDescription.class))));
		ALL.put(ImprovementBoard.CREATE_SOLUTION, s -> s.run(s.commands().buildCreateNodeCommandFromTool(s.diagram(ImprovementBoard.ID),
				s.tool(ImprovementBoard.ID, ImprovementBoard.CREATE_SOLUTION, NodeCreationDescription.class))));
		ALL.put(ImprovementBoard.LINK_INSIGHT, s -> {
			Opportunity opportunity = s.journey.getOpportunities().get(0);
			Insight insight = s.journey.getInsights().stream().filter(i -> !opportunity.getInsights().contains(i)).findFirst()
					.orElse(s.journey.getInsights().get(0));
			s.run(s.commands().buildCreateEdgeCommandFromTool((EdgeTarget) s.view(ImprovementBoard.ID, ImprovementBoard.OPPORTUNITY, opportunity),
					(EdgeTarget) s.view(ImprovementBoard.ID, ImprovementBoard.INSIGHT, insight),
					s.tool(ImprovementBoard.ID, ImprovementBoard.LINK_INSIGHT, EdgeCreationDescription.class)));
		});
		ALL.put(ImprovementBoard.LINK_PAIN_POINT, s -> {
			Opportunity opportunity = s.journey.getOpportunities().get(0);
			List<PainPoint> pains = Views.targets(s.diagram(ImprovementBoard.ID), ImprovementBoard.PAIN_POINT).stream().map(PainPoint.class::cast).toList();
			PainPoint pain = pains.stream().filter(p -> !opportunity.getPainPoints().contains(p)).findFirst().orElse(pains.get(0));
			s.run(s.commands().buildCreateEdgeCommandFromTool((EdgeTarget) s.view(ImprovementBoard.ID, ImprovementBoard.OPPORTUNITY, opportunity),
					(EdgeTarget) s.view(ImprovementBoard.ID, ImprovementBoard.PAIN_POINT, pain),
					s.tool(ImprovementBoard.ID, ImprovementBoard.LINK_PAIN_POINT, EdgeCreationDescription.class)));
		});
		ALL.put(ImprovementBoard.LINK_OPPORTUNITY, s -> {
			Solution solution = s.journey.getSolutions().get(0);
			Opportunity opportunity = s.journey.getOpportunities().stream().filter(o -> !solution.getOpportunities().contains(o)).findFirst()
					.orElse(s.journey.getOpportunities().get(0));
			s.run(s.commands().buildCreateEdgeCommandFromTool((EdgeTarget) s.view(ImprovementBoard.ID, ImprovementBoard.SOLUTION, solution),
					(EdgeTarget) s.view(ImprovementBoard.ID, ImprovementBoard.OPPORTUNITY, opportunity),
					s.tool(ImprovementBoard.ID, ImprovementBoard.LINK_OPPORTUNITY, EdgeCreationDescription.class)));
		});
		ALL.put(ImprovementBoard.DELETE_LINK, s -> s.run(s.commands().buildDeleteDiagramElement(s.firstEdge(ImprovementBoard.ID, ImprovementBoard.ADDRESSES))));
		ALL.put(ImprovementBoard.DELETE_ELEMENT, s -> s.run(s.commands().buildDeleteDiagramElement(
				s.view(ImprovementBoard.ID, ImprovementBoard.INSIGHT, s.journey.getInsights().get(0)))));
		ALL.put(ImprovementBoard.EDIT_LABEL, s -> s.run(s.commands().buildDirectEditLabelFromTool(
				s.view(ImprovementBoard.ID, ImprovementBoard.OPPORTUNITY, s.journey.getOpportunities().get(0)),
				s.tool(ImprovementBoard.ID, ImprovementBoard.EDIT_LABEL, DirectEditLabel.class), "Renamed on the board")));
		ALL.put(ImprovementBoard.SET_OWNER, s -> {
			Solution solution = s.journey.getSolutions().get(0);
			s.run(s.commands().buildSelectionWizardCommandFromTool(s.tool(ImprovementBoard.ID, ImprovementBoard.SET_OWNER, SelectionWizardDescription.class),
					s.view(ImprovementBoard.ID, ImprovementBoard.SOLUTION, solution), List.of(s.someOtherParty(solution, solution.getOwner()))));
		});

		// ------------------------------------------------------------------ KPI table
		ALL.put(KpiTable.CREATE_KPI, s -> s.run(s.session.tableCommands().buildCreateLineCommandFromTool(s.table(),
				s.table().getDescription().eContents().stream().filter(e -> e instanceof org.eclipse.sirius.table.metamodel.table.description.CreateLineTool)
						.map(org.eclipse.sirius.table.metamodel.table.description.CreateLineTool.class::cast).findFirst().orElseThrow())));
		ALL.put(KpiTable.DELETE_KPI, s -> s.run(s.session.tableCommands().buildDeleteTableElement(s.firstKpiLine())));
		ALL.put(KpiTable.KIND, s -> editCell(s, KpiTable.KIND, "conversion-rate"));
		ALL.put(KpiTable.TARGET, s -> editCell(s, KpiTable.TARGET, "42%"));
		ALL.put(KpiTable.ACTUAL, s -> editCell(s, KpiTable.ACTUAL, "41"));
		ALL.put(KpiTable.OWNER, s -> {
			DLine line = s.firstKpiLine();
			Party other = s.someOtherParty(line.getTarget(), ((journey.dsl.model.Kpi) line.getTarget()).getOwner());
			s.run(s.session.tableCommands().buildSetCellValueFromTool(s.cell(line, KpiTable.OWNER), other.getName()));
		});
		ALL.put(KpiTable.CADENCE, s -> editCell(s, KpiTable.CADENCE, "monthly"));
	}

	private PaletteTools() {
	}

	private static void createActivity(Scene s, String lane, String tool) {
		s.run(s.commands().buildCreateNodeCommandFromTool((DDiagramElementContainer) s.laneView(lane, s.stageWithTouchpoints()),
				s.tool(ServiceBlueprint.ID, tool, NodeCreationDescription.class)));
	}

	private static EdgeTarget activityView(Scene s, Stage stage, Activity activity) {
		return (EdgeTarget) s.activityViews(a -> a == activity).stream()
				.filter(v -> ((DSemanticDecorator) v.eContainer()).getTarget() == stage).findFirst().orElseThrow();
	}

	/** Drops an activity shown in one lane onto another lane of the same stage. */
	private static void moveActivity(Scene s, String fromMapping, String toLane, String tool) {
		DDiagramElement activity = Views.of(s.diagram(ServiceBlueprint.ID), fromMapping).get(0);
		Stage stage = (Stage) ((DSemanticDecorator) activity.eContainer()).getTarget();
		s.run(s.commands().buildDropInContainerCommandFromTool((DragAndDropTarget) s.laneView(toLane, stage), activity,
				s.tool(ServiceBlueprint.ID, tool, ContainerDropDescription.class)));
	}

	private static void editCell(Scene s, String column, String text) {
		s.run(s.session.tableCommands().buildSetCellValueFromTool(s.cell(s.firstKpiLine(), column), text));
	}
}
