package journey.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.JourneyState;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Stage;
import journey.dsl.query.DeclaredElsewhere;
import journey.dsl.query.JourneyQueries;

/** The shape of a journey: unique names, one persona, stages with steps, a sensible number of steps. */
public class StructureValidator extends AbstractJourneyChecks {

	static final int FEWEST_STEPS = 4;
	static final int MOST_STEPS = 12;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	/** Names are unique in their scope: no two elements of a file share a qualified name. */
	@Check
	public void checkNamesUnique(JourneyModel model) {
		Map<QualifiedName, List<NamedElement>> byName = new HashMap<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof NamedElement element && element.getName() != null) {
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null) {
					byName.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
				}
			}
		}
		for (List<NamedElement> same : byName.values()) {
			if (same.size() < 2) {
				continue;
			}
			for (NamedElement element : same) {
				String scope = element.eContainer() instanceof JourneyModel ? "this package" : "journey " + nameOf(JourneyQueries.journeyOf(element));
				error("The name '" + element.getName() + "' is used " + same.size() + " times in " + scope
						+ "; references could not tell them apart, so give each a different name.",
						element, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.DUPLICATE_NAME, element.getName());
			}
		}
	}

	/**
	 * Names are unique in their package across files too: two files of one package that declare the
	 * same journey or catalogue element would leave references, exports and diagrams to pick one.
	 */
	@Check
	public void checkNamesUniqueAcrossFiles(JourneyModel model) {
		if (model.eResource() == null) {
			return;
		}
		DeclaredElsewhere.in(model, indexProvider.getResourceDescriptions(model.eResource()), names).forEach((element, file) ->
				error(capitalized(JourneyQueries.kindOf(element.eClass())) + " " + names.getFullyQualifiedName(element) + " is declared again in "
						+ file.lastSegment() + "; references could not tell them apart, so give each a different name.",
						element, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.DUPLICATE_NAME, element.getName()));
	}

	/** A journey takes one point of view, so it names its persona (seed 004). */
	@Check
	public void checkJourneyHasPersona(Journey journey) {
		if (journey.getPersona() == null) {
			error("Journey " + journey.getName() + " names no persona: add 'persona <Name>' to say whose journey this is (one point of view per journey).",
					journey, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.MISSING_PERSONA);
		}
	}

	/** A journey has at least one stage. */
	@Check
	public void checkJourneyHasStages(Journey journey) {
		if (journey.getStages().isEmpty()) {
			warning("Journey " + journey.getName() + " has no stages yet: add a 'stage', such as Awareness or Orientation.",
					journey, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.JOURNEY_WITHOUT_STAGES);
		}
	}

	/** Each stage has at least one step: what does the customer do there? */
	@Check
	public void checkStageHasSteps(Stage stage) {
		if (stage.getSteps().isEmpty()) {
			warning("Stage " + stage.getName() + " has no steps: add a 'step' for what the customer does in this stage.",
					stage, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.STAGE_WITHOUT_STEPS);
		}
	}

	/** Seed 004 advises four to twelve action steps per journey; beyond what a map can draw it is an error. */
	@Check
	public void checkJourneyStepCount(Journey journey) {
		if (journey.getStages().isEmpty()) {
			return;
		}
		int count = JourneyQueries.steps(journey).size();
		if (count > JourneyQueries.MOST_STEPS_DRAWN) {
			error("Journey " + journey.getName() + " has " + count + " steps; a map draws at most " + JourneyQueries.MOST_STEPS_DRAWN
					+ ": split it into journeys that follow one another.", journey, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.STEP_COUNT);
		} else if (count < FEWEST_STEPS || count > MOST_STEPS) {
			info("Journey " + journey.getName() + " has " + count + (count == 1 ? " action step" : " action steps") + "; a map usually has four to twelve. "
					+ (count < FEWEST_STEPS ? "Are steps missing?" : "Consider splitting it, or merging steps."),
					journey, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.STEP_COUNT);
		}
	}

	/** An actual journey is compared with a planned or current journey, not with a future design or another actual one. */
	@Check
	public void checkPlannedJourneyState(Journey journey) {
		Journey planned = journey.getPlannedAs();
		if (planned == null || planned.eIsProxy()) {
			return;
		}
		if (planned.getState() != JourneyState.PLANNED && planned.getState() != JourneyState.CURRENT) {
			error("Journey " + journey.getName() + " is planned as " + planned.getName() + ", which is a " + planned.getState().getLiteral()
					+ " journey; 'planned as' must name a planned or current journey.",
					journey, JourneyPackage.Literals.JOURNEY__PLANNED_AS, JourneyIssueCodes.PLANNED_JOURNEY_STATE);
		}
	}

	private static String nameOf(Journey journey) {
		return journey == null ? "" : journey.getName();
	}
}
