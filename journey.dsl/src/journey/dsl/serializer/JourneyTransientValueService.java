package journey.dsl.serializer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.serializer.sequencer.LegacyTransientValueService;

/**
 * A feature the model leaves unset is written only when its default is a value the grammar can
 * write. Xtext offers every unset attribute's default to the serializer, which may then choose a
 * path through the grammar that writes the default of a number (null) and fails, as with the
 * optional upper end of a duration range.
 */
public class JourneyTransientValueService extends LegacyTransientValueService {

	@Override
	protected boolean defaultValueIsSerializeable(EStructuralFeature feature) {
		return feature.getDefaultValue() != null && super.defaultValueIsSerializeable(feature);
	}
}
