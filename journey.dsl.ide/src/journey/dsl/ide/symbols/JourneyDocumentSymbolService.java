package journey.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Builds the outline in the order the analyst wrote the file, not in the metamodel's feature
 * order (which would list a step's pain points before its touchpoints).
 */
public class JourneyDocumentSymbolService extends HierarchicalDocumentSymbolService {

	@Override
	protected Iterator<Object> getAllContents(Resource resource) {
		List<Object> contents = new ArrayList<>();
		super.getAllContents(resource).forEachRemaining(contents::add);
		// a stable sort by offset keeps every container before its contents
		contents.sort(Comparator.comparingInt(JourneyDocumentSymbolService::offsetOf));
		return contents.iterator();
	}

	private static int offsetOf(Object content) {
		ICompositeNode node = content instanceof EObject element ? NodeModelUtils.getNode(element) : null;
		return node == null ? Integer.MAX_VALUE : node.getTotalOffset();
	}
}
