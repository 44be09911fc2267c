package journey.dsl.validation;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import journey.dsl.model.JourneyPackage;

/**
 * Base of the validators that {@link JourneyValidator} composes: they do not register themselves,
 * and a check that throws is logged and reported instead of stopping the other checks.
 */
public abstract class AbstractJourneyChecks extends AbstractDeclarativeValidator {

	private static final Logger LOG = Logger.getLogger(AbstractJourneyChecks.class.getName());

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(JourneyPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Composed into JourneyValidator, which registers once for all of them.
	}

	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) throws RuntimeException {
		LOG.log(Level.SEVERE, "A journey check failed", targetException);
		if (getCurrentObject() != null) {
			warning("A check could not run here (" + targetException + "); the other checks still ran.",
					getCurrentObject(), null, JourneyIssueCodes.CHECK_FAILED);
		}
	}

	/** The text with its first letter in upper case, to begin a message with a kind or a lane. */
	protected static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
