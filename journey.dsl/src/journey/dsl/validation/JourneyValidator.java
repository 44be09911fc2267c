package journey.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/**
 * The journey language's validator: it only composes one validator per concern, each with its
 * own test class.
 */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, PropertyValidator.class })
public class JourneyValidator extends AbstractJourneyValidator {
}
