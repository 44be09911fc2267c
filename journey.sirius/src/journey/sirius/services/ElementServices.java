package journey.sirius.services;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import journey.dsl.model.Flow;
import journey.dsl.model.StageGroup;
import journey.dsl.model.Timing;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.JourneyPackage;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;

/**
 * The services every representation of the Journey viewpoint shares: the title shown for an
 * element, its owner, direct edit of the title, deleting an element and the owners to choose from.
 * Stateless; the first parameter is always the element the expression is evaluated on.
 */
public class ElementServices {

	/** The title shown for an element: its title, else its name. */
	public String displayName(NamedElement element) {
		return JourneyQueries.label(element);
	}

	/** Who answers for anything that can have an owner, as the board and the KPI table show it; empty for nobody. */
	public String ownerName(EObject element) {
		return names(Ownership.ownersOf(element).stream().filter(owner -> !owner.eIsProxy()).toList());
	}

	/** The parties that may own the element: those its owner reference can name, as content assist offers them (never the customer's people). */
	public List<Party> ownerCandidates(EObject element) {
		EReference reference = ownerReference(element);
		return JourneyQueries.visibleFrom(element, reference, Party.class).stream().filter(party -> BuyingGroups.mayName(reference, party.eClass())).toList();
	}

	/** The element's owner reference; a solution's for other elements, since every owner reference names a party alike. */
	private static EReference ownerReference(EObject element) {
		return switch (element.eClass().getClassifierID()) {
		case JourneyPackage.ACTIVITY -> JourneyPackage.Literals.ACTIVITY__OWNER;
		case JourneyPackage.PROCESS -> JourneyPackage.Literals.PROCESS__OWNER;
		case JourneyPackage.TOUCHPOINT -> JourneyPackage.Literals.TOUCHPOINT__OWNER;
		case JourneyPackage.KPI -> JourneyPackage.Literals.KPI__OWNER;
		case JourneyPackage.TECHNOLOGY -> JourneyPackage.Literals.TECHNOLOGY__OWNER;
		default -> JourneyPackage.Literals.SOLUTION__OWNER;
		};
	}

	/**
	 * Direct edit: the text becomes the title, which the diagrams show; the name, which other
	 * files refer to, stays. An empty text removes the title so that the name shows again.
	 */
	public NamedElement editLabel(NamedElement element, String text) {
		element.setTitle(text == null || text.isBlank() ? null : text.strip());
		return element;
	}

	/**
	 * Deletes the element with its contents and every reference to them from the journey files. A
	 * flow that would be left without its target step goes too, since the grammar cannot write a
	 * flow to nowhere; so does a timing whose anchor goes (its step or touchpoint stays, untimed),
	 * and a stage group whose stages all go. The diagrams' own references are left to Sirius, which
	 * removes the views of deleted elements when it refreshes.
	 */
	public EObject deleteElement(EObject element) {
		EObject container = element.eContainer();
		Set<EObject> doomed = new HashSet<>();
		doomed.add(element);
		element.eAllContents().forEachRemaining(doomed::add);
		for (Flow flow : journeyContents(element, Flow.class)) {
			if (flow.getTarget() != null && doomed.contains(flow.getTarget()) && !doomed.contains(flow)) {
				EcoreUtil.remove(flow);
			}
		}
		for (Timing timing : journeyContents(element, Timing.class)) {
			if (timing.getAnchor() != null && doomed.contains(timing.getAnchor()) && !doomed.contains(timing)) {
				EcoreUtil.remove(timing);
			}
		}
		for (StageGroup group : journeyContents(element, StageGroup.class)) {
			if (!doomed.contains(group) && !group.getStages().isEmpty() && doomed.containsAll(group.getStages())) {
				EcoreUtil.remove(group);
			}
		}
		for (var usages : EcoreUtil.UsageCrossReferencer.findAll(doomed, journeyResources(element)).entrySet()) {
			for (EStructuralFeature.Setting setting : usages.getValue()) {
				if (!doomed.contains(setting.getEObject()) && setting.getEStructuralFeature().isChangeable()) {
					EcoreUtil.remove(setting, usages.getKey());
				}
			}
		}
		EcoreUtil.remove(element);
		return container;
	}

	/** The base name, or the base name with the first free number, that no named element of the scope uses. */
	/** The new element, named by the first free name from the base within the scope, added to the list. */
	static <T extends NamedElement> T addNamed(T element, EObject scope, String base, List<? super T> into) {
		element.setName(freeName(scope, base));
		into.add(element);
		return element;
	}

	static String freeName(EObject scope, String base) {
		Set<String> taken = new HashSet<>();
		if (scope instanceof NamedElement named) {
			taken.add(named.getName());
		}
		for (TreeIterator<EObject> it = scope.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named) {
				taken.add(named.getName());
			}
		}
		if (!taken.contains(base)) {
			return base;
		}
		int number = 2;
		while (taken.contains(base + number)) {
			number++;
		}
		return base + number;
	}

	static String names(Collection<? extends NamedElement> elements) {
		return elements.stream().map(JourneyQueries::label).collect(Collectors.joining(", "));
	}

	/** The elements of a type in every journey file of the element's resource set. */
	static <T> List<T> journeyContents(EObject anyElement, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Resource resource : journeyResources(anyElement)) {
			resource.getAllContents().forEachRemaining(element -> {
				if (type.isInstance(element)) {
					found.add(type.cast(element));
				}
			});
		}
		return found;
	}

	/** The journey files of the element's resource set, not the files the diagrams are kept in. */
	static List<Resource> journeyResources(EObject anyElement) {
		Resource here = anyElement.eResource();
		Collection<Resource> resources = here == null ? List.of()
				: here.getResourceSet() == null ? List.of(here) : List.copyOf(here.getResourceSet().getResources());
		return resources.stream().filter(r -> !r.getContents().isEmpty() && r.getContents().get(0) instanceof JourneyModel).toList();
	}
}
