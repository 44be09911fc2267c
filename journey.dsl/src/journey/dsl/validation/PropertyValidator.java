package journey.dsl.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.XtextFactory;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import journey.dsl.model.NamedElement;
import journey.dsl.query.JourneyQueries;
import journey.dsl.syntax.RepeatedProperty;

/**
 * Element bodies accept their properties in any order; this validator makes sure a property that
 * holds one value is not written twice, since the earlier value would be silently replaced.
 */
public class PropertyValidator extends AbstractJourneyChecks {

	/**
	 * A single-valued property (goal, owner, state, ...) is written at most once per element. Only an
	 * element that the parser or the linker marked can repeat one; its text says which and where.
	 */
	@Check
	public void checkPropertyGivenOnce(EObject element) {
		if (!RepeatedProperty.isMarked(element)) {
			return;
		}
		ICompositeNode elementNode = NodeModelUtils.getNode(element);
		if (elementNode != null) {
			countProperties(elementNode, element, new HashMap<>());
		}
	}

	/**
	 * Counts the element's assignments among the node's children, and among the children of nodes
	 * that are neither an assignment nor a nested element (an unassigned rule call). A nested
	 * element's own properties are its own, but the node that assigns it (a duration) counts here;
	 * what lies inside an assignment's value (the segments of a name) assigns nothing more.
	 */
	private void countProperties(INode parent, EObject element, Map<String, Integer> seen) {
		Assignment parentAssignment = assignments.of(parent.getGrammarElement());
		for (INode node = ((ICompositeNode) parent).getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof ILeafNode leaf && leaf.isHidden()) {
				continue; // white space and comments: half of all nodes, and never a property
			}
			Assignment assignment = assignments.of(node.getGrammarElement());
			if (assignment == null || assignment == parentAssignment) {
				boolean nested = node.hasDirectSemanticElement() && node.getSemanticElement() != element;
				if (!nested && node instanceof ICompositeNode) {
					countProperties(node, element, seen);
				}
				continue;
			}
			EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
			if (feature == null || feature.isMany()) {
				continue;
			}
			int count = seen.merge(feature.getName(), 1, Integer::sum);
			if (count == 2) {
				int start = keywordsBefore(node).getOffset();
				acceptError("'" + propertyLabel(feature) + "' is given twice" + where(element)
						+ "; only one value can be kept, so remove one of them.",
						element, start, node.getEndOffset() - start, JourneyIssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}

	@Inject
	private GrammarAssignments assignments;

	/**
	 * The assignment each element of the language's grammar lies in, found once: the check asks
	 * it of every node of every file, and walking up the grammar for each was most of its cost.
	 * An element of another grammar instance (another injector's parse) is found by the walk.
	 */
	@Singleton
	static class GrammarAssignments {
		private static final Assignment NONE = XtextFactory.eINSTANCE.createAssignment();
		private final Map<EObject, Assignment> byElement = new IdentityHashMap<>();

		@Inject
		GrammarAssignments(IGrammarAccess grammarAccess) {
			for (var it = grammarAccess.getGrammar().eAllContents(); it.hasNext();) {
				EObject element = it.next();
				Assignment assignment = GrammarUtil.containingAssignment(element);
				byElement.put(element, assignment == null ? NONE : assignment);
			}
		}

		Assignment of(EObject grammarElement) {
			Assignment known = byElement.get(grammarElement);
			if (known == null) {
				return grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
			}
			return known == NONE ? null : known;
		}
	}

	/**
	 * A list of references names each element once: {@code triggers B, B} says nothing more than
	 * {@code triggers B}, and exports and diagrams keep only one of them.
	 */
	@Check
	public void checkReferenceNamedOnce(EObject element) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isMany() || reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			List<?> targets = (List<?>) element.eGet(reference);
			if (targets.size() < 2) {
				continue; // the common case, on every element of every file: no set to build
			}
			Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			for (int i = 0; i < targets.size(); i++) {
				Object target = targets.get(i);
				if (!seen.add(target) && target instanceof EObject named && !named.eIsProxy()) {
					warning(nameOf(named) + " is named twice in '" + propertyLabel(reference) + "'" + where(element) + "; remove the second one.",
							element, reference, i, JourneyIssueCodes.DUPLICATE_REFERENCE);
				}
			}
		}
	}

	private static String nameOf(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "The same element";
	}

	/** The property's leading keywords (such as 'desired outcome'), so that the marker covers the whole property. */
	private static INode keywordsBefore(INode node) {
		INode first = node;
		for (INode previous = node.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
			if (previous instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			if (!(previous.getGrammarElement() instanceof Keyword) || GrammarUtil.containingAssignment(previous.getGrammarElement()) != null) {
				break;
			}
			first = previous;
		}
		return first;
	}

	private static String propertyLabel(EStructuralFeature feature) {
		return JourneyQueries.words(feature.getName());
	}

	private static String where(EObject element) {
		String kind = JourneyQueries.kindOf(element.eClass());
		if (element instanceof NamedElement named && named.getName() != null) {
			return " in " + kind + " " + named.getName();
		}
		NamedElement owner = EcoreUtil2.getContainerOfType(element, NamedElement.class);
		return owner == null || owner.getName() == null ? "" : " in " + kind + " of " + owner.getName();
	}
}
