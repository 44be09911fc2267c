package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import journey.dsl.model.JourneyPackage;

/** The metamodel is the contract for text, diagrams and exports: every part of it says what it means. */
class MetamodelDocumentationTest {

	@Test
	void everyClassFeatureAndLiteralIsDocumented() {
		Set<String> undocumented = new TreeSet<>();
		for (EClassifier classifier : JourneyPackage.eINSTANCE.getEClassifiers()) {
			check(classifier, classifier.getName(), undocumented);
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					check(feature, eClass.getName() + "." + feature.getName(), undocumented);
				}
			}
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					check(literal, eEnum.getName() + "." + literal.getName(), undocumented);
				}
			}
		}
		assertEquals(Set.of(), undocumented);
	}

	private static void check(EModelElement element, String name, Set<String> undocumented) {
		String doc = EcoreUtil.getDocumentation(element);
		if (doc == null || doc.isBlank()) {
			undocumented.add(name);
		}
	}
}
