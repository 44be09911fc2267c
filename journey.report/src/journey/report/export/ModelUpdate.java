package journey.report.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import journey.dsl.model.JourneyPackage;

/**
 * Makes a model say what another one says with as few changes as it takes, so that a model
 * recording writes only those into the text: elements are matched by kind and name (unnamed ones by
 * their place among those of their kind), matched elements are updated value by value, the others
 * are added or removed, and references to elements of the other model are turned into references
 * to their counterparts.
 */
final class ModelUpdate {

	/** Each element of the source model, and the element of the target model that stands for it. */
	private final Map<EObject, EObject> counterparts = new IdentityHashMap<>();

	/** The target elements that have a counterpart. */
	private final Set<EObject> matched = Collections.newSetFromMap(new IdentityHashMap<>());

	private ModelUpdate() {
	}

	/** Changes the target model until it says what the source model says. */
	static void apply(EObject target, EObject source) {
		ModelUpdate update = new ModelUpdate();
		update.match(target, source);
		update.updateContents(target, source);
		update.counterparts.forEach((from, to) -> update.updateReferences(to, from));
	}

	/** Pairs the source element with the target element, and their contents recursively, where kinds and names agree. */
	private void match(EObject target, EObject source) {
		counterparts.put(source, target);
		matched.add(target);
		for (EReference containment : source.eClass().getEAllContainments()) {
			if (!changeable(containment)) {
				continue;
			}
			List<EObject> sources = values(source, containment);
			List<EObject> targets = values(target, containment);
			for (EObject child : sources) {
				EObject partner = partner(child, sources, targets);
				if (partner != null && !matched.contains(partner)) {
					match(partner, child);
				}
			}
		}
	}

	/** The target element of the same kind with the same name, or, for unnamed ones, at the same place among those of its kind. */
	private static EObject partner(EObject source, List<EObject> sources, List<EObject> targets) {
		Object name = name(source);
		if (name != null) {
			return targets.stream().filter(t -> t.eClass() == source.eClass() && name.equals(name(t))).findFirst().orElse(null);
		}
		long place = sources.stream().takeWhile(s -> s != source).filter(s -> s.eClass() == source.eClass() && name(s) == null).count();
		return targets.stream().filter(t -> t.eClass() == source.eClass() && name(t) == null).skip(place).findFirst().orElse(null);
	}

	/** Sets the target's values and contents to the source's, adding copies of unmatched source elements. */
	private void updateContents(EObject target, EObject source) {
		for (EAttribute attribute : source.eClass().getEAllAttributes()) {
			if (!changeable(attribute)) {
				continue;
			}
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> values = (EList<Object>) target.eGet(attribute);
				ECollections.setEList(values, new ArrayList<>((List<?>) source.eGet(attribute)));
			} else if (!Objects.equals(target.eGet(attribute), source.eGet(attribute))) {
				if (source.eIsSet(attribute)) {
					target.eSet(attribute, source.eGet(attribute));
				} else {
					target.eUnset(attribute);
				}
			}
		}
		for (EReference containment : source.eClass().getEAllContainments()) {
			if (!changeable(containment)) {
				continue;
			}
			List<EObject> wanted = new ArrayList<>();
			for (EObject child : values(source, containment)) {
				EObject partner = counterparts.get(child);
				if (partner != null) {
					updateContents(partner, child);
				} else {
					partner = copy(child);
				}
				wanted.add(partner);
			}
			if (containment.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> children = (EList<EObject>) target.eGet(containment);
				ECollections.setEList(children, wanted);
			} else if (target.eGet(containment) != (wanted.isEmpty() ? null : wanted.get(0))) {
				target.eSet(containment, wanted.isEmpty() ? null : wanted.get(0));
			}
		}
	}

	/** A copy of a source element that has no counterpart, registered as the counterpart of it and of its contents. */
	private EObject copy(EObject source) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
		EObject copy = copier.copy(source);
		copier.forEach(counterparts::put);
		return copy;
	}

	/** Sets the target's references to the counterparts of what the source refers to. */
	private void updateReferences(EObject target, EObject source) {
		for (EReference reference : source.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || !changeable(reference)) {
				continue;
			}
			if (reference.isMany()) {
				List<EObject> wanted = values(source, reference).stream().map(this::counterpart).toList();
				@SuppressWarnings("unchecked")
				EList<EObject> values = (EList<EObject>) target.eGet(reference);
				if (!values.equals(wanted)) {
					ECollections.setEList(values, wanted);
				}
			} else {
				EObject wanted = counterpart((EObject) source.eGet(reference));
				if (target.eGet(reference) != wanted) {
					target.eSet(reference, wanted);
				}
			}
		}
	}

	/** The target model's element for an element of the source model; elements of other files stay as they are. */
	private EObject counterpart(EObject element) {
		return element == null ? null : counterparts.getOrDefault(element, element);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject owner, EReference reference) {
		if (reference.isMany()) {
			return (List<EObject>) owner.eGet(reference);
		}
		EObject value = (EObject) owner.eGet(reference);
		return value == null ? List.of() : List.of(value);
	}

	private static boolean changeable(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile();
	}

	private static Object name(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature(JourneyPackage.NAMED_ELEMENT__NAME);
		return name == JourneyPackage.Literals.NAMED_ELEMENT__NAME ? element.eGet(name) : null;
	}
}
