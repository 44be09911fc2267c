package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;

/** Keeps {@link FullModel} honest: it must instantiate every concrete class and set every feature. */
class FullModelTest {

	@Test
	void theFullModelInstantiatesEveryConcreteClassAndSetsEveryFeature() {
		JourneyModel model = FullModel.build();
		Set<EClass> instantiated = new HashSet<>();
		Set<EStructuralFeature> set = new HashSet<>();
		visit(model, instantiated, set);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			visit(it.next(), instantiated, set);
		}
		Set<String> missing = new TreeSet<>();
		for (EClass eClass : classes()) {
			if (!eClass.isAbstract() && !instantiated.contains(eClass)) {
				missing.add(eClass.getName());
			}
			for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
				if (!feature.isDerived() && !set.contains(feature)) {
					missing.add(eClass.getName() + "." + feature.getName());
				}
			}
		}
		assertEquals(Set.of(), missing, "not covered by FullModel");
	}

	private static void visit(EObject object, Set<EClass> instantiated, Set<EStructuralFeature> set) {
		instantiated.add(object.eClass());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (object.eIsSet(feature)) {
				set.add(feature);
			}
		}
	}

	private static List<EClass> classes() {
		return JourneyPackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast).toList();
	}
}
