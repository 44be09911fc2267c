package journey.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The journey language's validator: it only composes one validator per concern, each with its
 * own test class. Issue codes are in {@link JourneyIssueCodes}.
 */
@ComposedChecks(validators = { PropertyValidator.class, StructureValidator.class, TouchpointValidator.class,
		BlueprintValidator.class, KpiValidator.class, FlowValidator.class, StageValidator.class, TimeValidator.class, BuyingGroupValidator.class, ConformanceValidator.class,
		ImprovementValidator.class })
public class JourneyValidator extends AbstractJourneyValidator {
}
