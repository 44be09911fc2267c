package journey.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import journey.dsl.model.JourneyPackage;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.JourneyQueries;
import journey.dsl.validation.JourneyIssueCodes;

/**
 * Says which kind of element a reference looked for and how to make it visible; the issue carries
 * the kind and the written name, so that a quick fix can create the missing element.
 */
public class JourneyLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		String message = type == JourneyPackage.Literals.CUSTOM_ROLE
				? "'" + name + "' is not a customer role: write one of " + CustomerRoles.builtIn() + ", or declare your own in the catalogue,"
						+ " such as: customer role " + name + " \"" + capitalized(JourneyQueries.words(name)) + "\"."
				: livesInAJourney(type)
				? "No " + describe(type) + " named '" + name + "' in this journey: declare it, or write <Journey>." + name + " for another journey's."
				: "No " + describe(type) + " named '" + name + "' is visible here: declare it, or import the package that declares it"
						+ (name.contains(".") ? "." : " (for example import catalog.*).");
		return new DiagnosticMessage(message, Severity.ERROR, JourneyIssueCodes.UNRESOLVED_REFERENCE, type.getName(), name);
	}

	/** Stages, steps, touchpoints, pain points, KPIs and improvement items are named inside their journey. */
	private static boolean livesInAJourney(EClass type) {
		return type == JourneyPackage.Literals.STAGE || type == JourneyPackage.Literals.STEP || type == JourneyPackage.Literals.TOUCHPOINT
				|| type == JourneyPackage.Literals.PAIN_POINT || type == JourneyPackage.Literals.KPI || type == JourneyPackage.Literals.INSIGHT
				|| type == JourneyPackage.Literals.OPPORTUNITY || type == JourneyPackage.Literals.MOMENT || type == JourneyPackage.Literals.MEMBER
				|| type == JourneyPackage.Literals.STAGE_GROUP;
	}

	/** The analyst's word for an element type, such as "team or person" for a party. */
	public static String describe(EClass type) {
		if (type == JourneyPackage.Literals.ACTIVITY) {
			return "activity (written Process.Activity)";
		}
		return JourneyQueries.kindOf(type);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
