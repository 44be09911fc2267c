package journey.dsl.syntax;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Xtext's factory of the parsed model, which marks an element when a property that holds one value
 * is assigned a second time ({@link RepeatedProperty}). Element bodies take their properties in any
 * order, so the grammar cannot forbid the repetition; the second value silently replaces the first.
 * A property that an element body may repeat is unsettable or has no default, so that a first
 * value is seen as set even when it equals the default (RepeatedPropertyTest checks the grammar).
 */
public class JourneyElementFactory extends DefaultEcoreElementFactory {

	@Override
	public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
		EStructuralFeature property = object.eClass().getEStructuralFeature(feature);
		if (property != null && !property.isMany() && object.eIsSet(property)) {
			RepeatedProperty.mark(object);
		}
		super.set(object, feature, value, ruleName, node);
	}
}
