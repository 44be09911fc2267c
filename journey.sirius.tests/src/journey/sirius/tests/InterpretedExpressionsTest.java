package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.common.tools.api.interpreter.EvaluationException;
import org.eclipse.sirius.common.tools.api.interpreter.IEvaluationResult;
import org.eclipse.sirius.common.tools.api.interpreter.IInterpreter;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.description.DiagramElementMapping;
import org.eclipse.sirius.table.metamodel.table.DCell;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.eclipse.sirius.viewpoint.description.DecorationDescription;
import org.eclipse.sirius.viewpoint.description.DescriptionPackage;
import org.eclipse.sirius.viewpoint.description.RepresentationElementMapping;
import org.eclipse.sirius.viewpoint.description.tool.AbstractToolDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import journey.dsl.model.Journey;
import journey.sirius.JourneyViewpointIds.ImprovementBoard;
import journey.sirius.JourneyViewpointIds.JourneyMap;
import journey.sirius.JourneyViewpointIds.KpiTable;
import journey.sirius.JourneyViewpointIds.ServiceBlueprint;

/**
 * Sirius drops what goes wrong in an expression during a refresh: an unknown service or feature
 * is only a warning with an empty result, so a misspelt label shows nothing and nobody is told.
 * Here every interpreted expression of every mapping, style and decoration is evaluated again, on
 * every element the refresh of every representation of every example produced, with the variables
 * Sirius gives it; anything but a clean result fails. Tools' expressions run in the tool tests.
 */
class InterpretedExpressionsTest {

	static List<String> examples() {
		return JourneySession.exampleNames();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExpressionEvaluatesCleanlyOnEveryElementTheRefreshProduced(String example) {
		List<String> problems = new ArrayList<>();
		TreeSet<String> evaluated = new TreeSet<>();
		evaluateEverything(example, problems, evaluated, new TreeSet<>());
		assertEquals(List.of(), problems);
		assertTrue(evaluated.size() > 50, () -> "only " + evaluated.size() + " expressions evaluated: " + evaluated);
		System.out.printf("sirius: %s: %d distinct expressions evaluated cleanly on every element%n", example, evaluated.size());
	}

	/** An expression of a mapping that no example shows is never evaluated, so the examples show every mapping. */
	@Test
	void everyMappingOfTheViewpointShowsSomethingInSomeExample() {
		TreeSet<String> shown = new TreeSet<>();
		for (String example : examples()) {
			evaluateEverything(example, new ArrayList<>(), new TreeSet<>(), shown);
		}
		TreeSet<String> mappings = new TreeSet<>();
		for (var it = JourneySession.viewpoint().eAllContents(); it.hasNext();) {
			if (it.next() instanceof RepresentationElementMapping mapping) {
				mappings.add(mapping.getName());
			}
		}
		mappings.removeAll(shown);
		assertEquals(Set.of(), mappings, "mappings that no example shows");
	}

	/** Refreshes every representation of every journey of the example, all layers on, and evaluates each expression on what it shows. */
	private static void evaluateEverything(String example, List<String> problems, TreeSet<String> evaluated, TreeSet<String> shownMappings) {
		try (JourneySession session = JourneySession.open(example)) {
			IInterpreter interpreter = session.session.getInterpreter();
			for (Journey journey : session.journeys()) {
				for (String id : List.of(JourneyMap.ID, ServiceBlueprint.ID, ImprovementBoard.ID)) {
					DDiagram diagram = session.create(id, journey);
					diagram.getDescription().getAdditionalLayers().stream().filter(layer -> !diagram.getActivatedLayers().contains(layer))
							.forEach(layer -> session.toggleLayer(diagram, layer.getName()));
					evaluate(interpreter, diagram.getDescription(), journey, Map.of("diagram", diagram), problems, evaluated, false);
					for (DDiagramElement view : diagram.getDiagramElements()) {
						shownMappings.add(view.getDiagramElementMapping().getName());
						evaluateMapping(interpreter, diagram, view, problems, evaluated);
					}
				}
				DTable table = session.create(KpiTable.ID, journey);
				evaluate(interpreter, table.getDescription(), journey, Map.of("table", table), problems, evaluated, false);
				for (DLine line : table.getLines()) {
					shownMappings.add(line.getOriginMapping().getName());
					Map<String, Object> variables = Map.of("table", table, "line", line, "container", journey);
					evaluate(interpreter, line.getOriginMapping(), line.getTarget(), variables, problems, evaluated, true);
					for (DCell cell : line.getCells()) {
						shownMappings.add(cell.getColumn().getOriginMapping().getName());
						evaluate(interpreter, cell.getColumn().getOriginMapping(), line.getTarget(), variables, problems, evaluated, true);
					}
				}
			}
		}
	}

	/** A diagram element's mapping, style and decorations, on the element's target, with the variables of its place. */
	private static void evaluateMapping(IInterpreter interpreter, DDiagram diagram, DDiagramElement view, List<String> problems, TreeSet<String> evaluated) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("diagram", diagram);
		variables.put("view", view);
		EObject containerView = view.eContainer();
		variables.put("containerView", containerView);
		variables.put("container", containerView instanceof DSemanticDecorator decorator ? decorator.getTarget() : ((DSemanticDecorator) diagram).getTarget());
		if (view instanceof DEdge edge) {
			variables.put("sourceView", edge.getSourceNode());
			variables.put("targetView", edge.getTargetNode());
			variables.put("source", ((DSemanticDecorator) edge.getSourceNode()).getTarget());
			variables.put("target", ((DSemanticDecorator) edge.getTargetNode()).getTarget());
		}
		DiagramElementMapping mapping = view.getDiagramElementMapping();
		evaluate(interpreter, mapping, view.getTarget(), variables, problems, evaluated, true);
		for (var layer : diagram.getActivatedLayers()) {
			if (layer.getDecorationDescriptionsSet() == null) {
				continue;
			}
			for (DecorationDescription decoration : layer.getDecorationDescriptionsSet().getDecorationDescriptions()) {
				EObject domain = view.getTarget();
				String domainClass = (String) decoration.eGet(decoration.eClass().getEStructuralFeature("domainClass"));
				if (domainClass == null || isInstance(domain, domainClass)) {
					evaluate(interpreter, decoration, domain, variables, problems, evaluated, true);
				}
			}
		}
	}

	/**
	 * Evaluates the expressions of a description element and of what it holds (styles, conditional
	 * styles), but not of nested mappings, which have elements of their own, nor of tools. A
	 * semantic candidates expression is evaluated on the container, where Sirius evaluates it.
	 */
	private static void evaluate(IInterpreter interpreter, EObject description, EObject target, Map<String, Object> variables, List<String> problems,
			TreeSet<String> evaluated, boolean descend) {
		List<EObject> owners = new ArrayList<>();
		owners.add(description);
		if (descend) {
			for (var it = description.eAllContents(); it.hasNext();) {
				EObject content = it.next();
				if (content instanceof RepresentationElementMapping || content instanceof AbstractToolDescription
						|| content.eClass().getName().endsWith("Tool") || content instanceof DRepresentation) {
					it.prune();
				} else {
					owners.add(content);
				}
			}
		}
		variables.forEach(interpreter::setVariable);
		try {
			for (EObject owner : owners) {
				for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
					if (attribute.getEAttributeType() != DescriptionPackage.Literals.INTERPRETED_EXPRESSION || !(owner.eGet(attribute) instanceof String expression)
							|| expression.isBlank() || !(expression.contains(":"))) {
						continue;
					}
					EObject context = target;
					if (attribute.getName().equals("semanticCandidatesExpression")) {
						context = variables.get("container") instanceof EObject container ? container : target;
						if (!descend) {
							continue; // a representation's own candidates are not evaluated on the representation's target
						}
					}
					String place = name(owner) + "." + attribute.getName();
					evaluated.add(place + " " + expression);
					try {
						IEvaluationResult result = interpreter.evaluateExpression(context, expression);
						if (result.getDiagnostic().getSeverity() != Diagnostic.OK) {
							problems.add(place + " = " + expression + " on " + context + ": " + result.getDiagnostic());
						}
					} catch (EvaluationException e) {
						problems.add(place + " = " + expression + " on " + context + ": " + e.getMessage());
					}
				}
			}
		} finally {
			variables.keySet().forEach(interpreter::unSetVariable);
		}
	}

	private static boolean isInstance(EObject element, String domainClass) {
		String type = domainClass.substring(domainClass.lastIndexOf(':') + 1);
		if (element.eClass().getName().equals(type)) {
			return true;
		}
		return element.eClass().getEAllSuperTypes().stream().anyMatch(superType -> superType.getName().equals(type));
	}

	private static String name(EObject owner) {
		for (EObject current = owner; current != null; current = current.eContainer()) {
			var feature = current.eClass().getEStructuralFeature("name");
			if (feature != null && current.eGet(feature) instanceof String name) {
				return current == owner ? name : name + "/" + owner.eClass().getName();
			}
		}
		return owner.eClass().getName();
	}
}
