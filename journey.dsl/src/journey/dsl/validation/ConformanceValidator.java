package journey.dsl.validation;

import java.util.Locale;

import org.eclipse.xtext.validation.Check;

import journey.dsl.compare.Conformance;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.JourneyState;
import journey.dsl.model.NamedElement;

/**
 * An actual journey against its plan (CJML): the conformance figure on 'planned as', and each
 * deviation as an info where it shows, on the touchpoint that happened, or on 'planned as' for a
 * planned touchpoint that did not happen.
 */
public class ConformanceValidator extends AbstractJourneyChecks {

	@Check
	public void checkActualFollowsThePlan(Journey journey) {
		if (journey.getState() != JourneyState.ACTUAL) {
			return;
		}
		Conformance conformance = Conformance.of(journey);
		if (conformance == null) {
			return;
		}
		info(String.format(Locale.ROOT, "Journey %s follows its plan %s at %.0f%%: %d of %d touchpoints (%d planned, %d ad hoc) happened as planned; %d deviation(s).",
				journey.getName(), conformance.planned().getName(), conformance.figure() * 100, conformance.regular(),
				conformance.plannedCount() + conformance.adHocCount(), conformance.plannedCount(), conformance.adHocCount(), conformance.deviations().size()),
				journey, JourneyPackage.Literals.JOURNEY__PLANNED_AS, JourneyIssueCodes.CONFORMANCE);
		for (Conformance.Deviation deviation : conformance.deviations()) {
			String message = word(deviation.category()) + ": touchpoint " + name(deviation.actual() != null ? deviation.actual() : deviation.planned())
					+ " " + deviation.reason() + (deviation.category() == Conformance.Category.MISSING ? " (planned in step " + name((NamedElement) deviation.planned().eContainer())
							+ " of " + conformance.planned().getName() + ")" : "") + ".";
			if (deviation.actual() != null) {
				info(message, deviation.actual(), JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.DEVIATION, deviation.category().name());
			} else {
				info(message, journey, JourneyPackage.Literals.JOURNEY__PLANNED_AS, JourneyIssueCodes.DEVIATION, deviation.category().name());
			}
		}
	}

	/** A category as the message starts: Missing, Ad hoc, Irregular, Failed. */
	static String word(Conformance.Category category) {
		String word = category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String name(NamedElement element) {
		return element.getName();
	}
}
