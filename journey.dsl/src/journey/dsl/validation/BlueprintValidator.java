package journey.dsl.validation;


import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import journey.dsl.model.Activity;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Lane;
import journey.dsl.model.Process;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.Ownership;

/**
 * The company journey map: every touchpoint has someone inside behind it, every process and
 * activity has an owner, and every activity serves the customer, directly or behind the scenes.
 * Which touchpoints use an activity is read from the index, so journeys in other files count.
 */
public class BlueprintValidator extends AbstractJourneyChecks {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	/** A touchpoint has internal activities behind it (seed 003: link the journey to internal processes). */
	@Check
	public void checkTouchpointSupported(Touchpoint touchpoint) {
		if (touchpoint.getSupportedBy().isEmpty()) {
			warning("Nobody inside is behind touchpoint " + touchpoint.getName()
					+ ": add 'supported by <Process.Activity>' to link it to the internal work that delivers it.",
					touchpoint, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.UNSUPPORTED_TOUCHPOINT);
		}
	}

	/** Every process has an owner. */
	@Check
	public void checkProcessHasOwner(Process process) {
		if (process.getOwner() == null) {
			warning("Process " + process.getName() + " has no owner: add 'owner <Team or Person>' so that someone answers for it.",
					process, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.MISSING_OWNER);
		}
	}

	/** Every activity has an owner, its own or its process's. */
	@Check
	public void checkActivityHasOwner(Activity activity) {
		if (Ownership.ownerOf(activity) == null) {
			warning("Activity " + activity.getName() + " has no owner, and neither has its process: add 'owner <Team or Person>'.",
					activity, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.MISSING_OWNER);
		}
	}

	/**
	 * A frontstage activity is visible to the customer, so it supports some touchpoint; backstage
	 * and support work is reached from a touchpoint, directly or through the activities it triggers.
	 */
	@Check
	public void checkActivitiesServeTheCustomer(JourneyModel model) {
		// After a syntax error the parser drops what followed it, touchpoints and their links
		// included: every activity would look idle. The syntax error is what the analyst must see.
		if (model.getProcesses().isEmpty() || model.eResource() instanceof XtextResource resource && resource.getParseResult() != null
				&& resource.getParseResult().hasSyntaxErrors()) {
			return;
		}
		ActivityUse use = ActivityUse.of(indexProvider.getResourceDescriptions(model.eResource()), model.eResource());
		for (Process process : model.getProcesses()) {
			for (Activity activity : process.getActivities()) {
				URI uri = EcoreUtil.getURI(activity);
				if (activity.getLane() == Lane.FRONTSTAGE) {
					if (!use.isSupported(uri)) {
						warning("Frontstage activity " + activity.getName() + " supports no touchpoint: the customer sees it, so link a touchpoint to it"
								+ " with 'supported by " + process.getName() + "." + activity.getName() + "', or move it backstage.",
								activity, JourneyPackage.Literals.ACTIVITY__LANE, JourneyIssueCodes.IDLE_FRONTSTAGE_ACTIVITY);
					}
				} else if (!use.isReached(uri)) {
					warning(capitalized(activity.getLane().getLiteral()) + " activity " + activity.getName()
							+ " is reached from no touchpoint, directly or through 'triggers': which customer moment does it serve?",
							activity, JourneyPackage.Literals.ACTIVITY__LANE, JourneyIssueCodes.UNREACHED_ACTIVITY);
				}
			}
		}
	}
}
