package journey.sirius.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;

/** Finds what a refresh produced in a diagram or table, by mapping name. */
final class Views {

	private Views() {
	}

	/** Every element of the diagram (nested, bordered and edges included) made by the mapping. */
	static List<DDiagramElement> of(DDiagram diagram, String mapping) {
		return diagram.getDiagramElements().stream().filter(e -> mapping.equals(e.getDiagramElementMapping().getName())).toList();
	}

	/** The semantic elements the mapping's views show, in diagram order. */
	static List<EObject> targets(DDiagram diagram, String mapping) {
		return of(diagram, mapping).stream().map(DSemanticDecorator::getTarget).toList();
	}

	/** The edges of the mapping as "source target" pairs of their ends' semantic elements. */
	static List<List<EObject>> edgeEnds(DDiagram diagram, String mapping) {
		List<List<EObject>> ends = new ArrayList<>();
		for (DDiagramElement element : of(diagram, mapping)) {
			DEdge edge = (DEdge) element;
			ends.add(List.of(((DSemanticDecorator) edge.getSourceNode()).getTarget(), ((DSemanticDecorator) edge.getTargetNode()).getTarget()));
		}
		return ends;
	}

	/** The first view of the mapping that shows the element. */
	static DDiagramElement view(DDiagram diagram, String mapping, EObject target) {
		return of(diagram, mapping).stream().filter(e -> e.getTarget() == target).findFirst()
				.orElseThrow(() -> new AssertionError("no " + mapping + " view of " + target));
	}

	/** How many views each mapping produced. */
	static Map<String, Integer> counts(DDiagram diagram) {
		Map<String, Integer> counts = new TreeMap<>();
		for (DDiagramElement element : diagram.getDiagramElements()) {
			counts.merge(element.getDiagramElementMapping().getName(), 1, Integer::sum);
		}
		return counts;
	}

	/** The lines of the table made by the mapping, in table order. */
	static List<DLine> lines(DTable table, String mapping) {
		List<DLine> lines = new ArrayList<>();
		for (DLine line : table.getLines()) {
			if (mapping.equals(line.getOriginMapping().getName())) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** The label of the line's cell in the column made by the column mapping. */
	static String cell(DLine line, String column) {
		return line.getCells().stream().filter(c -> column.equals(c.getColumn().getOriginMapping().getName())).findFirst()
				.map(c -> c.getLabel()).orElse("");
	}
}
