package journey.dsl.ide.serializer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

/**
 * Xtext's partial serializer, except that a changed enumeration value (an activity's lane, a KPI's
 * cadence) is written with the enumeration's own words: Xtext 2.42 hands it to the value
 * converter, which fails with a ClassCastException.
 */
public class JourneyPartialSerializer extends PartialSerializer {

	@Inject
	private IEnumLiteralSerializer enumLiterals;

	@Override
	protected SerializationStrategy updateSingleValue(EObject object, EStructuralFeature feature, IAstRegion region) {
		if (feature instanceof EAttribute && region instanceof ISemanticRegion semantic && region.getGrammarElement() instanceof RuleCall call
				&& call.getRule() instanceof EnumRule) {
			String text = enumLiterals.serializeAssignedEnumLiteral(object, call, object.eGet(feature), null,
					ISerializationDiagnostic.EXCEPTION_THROWING_ACCEPTOR);
			return text == null ? null : new ReplaceRegionStrategy(semantic, text);
		}
		return super.updateSingleValue(object, feature, region);
	}
}
