package journey.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import journey.dsl.model.Activity;
import journey.dsl.model.EmotionScale;
import journey.dsl.model.Kpi;
import journey.dsl.model.KpiKind;
import journey.dsl.model.Lane;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Stage;

import journey.dsl.query.JourneyQueries;

/**
 * A new element that a reference names but nobody declared: its short declaration (the fix's
 * label), the element itself, and the element it goes into when it lives inside a journey
 * (catalogue elements go into a catalogue file instead).
 */
final class NewElements {

	private NewElements() {
	}

	/** The declaration to write, or null when the language has no short form for the type. */
	static String declaration(EClass type, String name) {
		return switch (type.getClassifierID()) {
		case JourneyPackage.PERSONA -> "persona " + name;
		case JourneyPackage.CHANNEL -> "channel " + name;
		case JourneyPackage.PARTY, JourneyPackage.TEAM -> "team " + name;
		case JourneyPackage.PERSON -> "person " + name;
		case JourneyPackage.TECHNOLOGY -> "system " + name;
		case JourneyPackage.PROCESS -> "process " + name;
		case JourneyPackage.ACTIVITY -> "activity " + name + " frontstage";
		case JourneyPackage.EMOTION_SCALE -> "scale " + name + " from -2 to 2";
		case JourneyPackage.STAGE -> "stage " + name + " {\n}";
		case JourneyPackage.STEP -> "step " + name;
		case JourneyPackage.TOUCHPOINT -> "touchpoint " + name;
		case JourneyPackage.PAIN_POINT -> "pain " + name;
		case JourneyPackage.KPI -> "kpi " + name + " custom";
		case JourneyPackage.INSIGHT -> "insight " + name;
		case JourneyPackage.OPPORTUNITY -> "opportunity " + name;
		default -> null;
		};
	}

	/** A new element of the type, with the values its short declaration writes. */
	static EObject create(EClass type, String name) {
		EObject element = EcoreUtil.create(catalogueType(type));
		element.eSet(JourneyPackage.Literals.NAMED_ELEMENT__NAME, name);
		switch (type.getClassifierID()) {
		case JourneyPackage.ACTIVITY -> ((Activity) element).setLane(Lane.FRONTSTAGE);
		case JourneyPackage.EMOTION_SCALE -> {
			((EmotionScale) element).setMin(-2);
			((EmotionScale) element).setMax(2);
		}
		case JourneyPackage.KPI -> ((Kpi) element).setKind(KpiKind.CUSTOM);
		default -> {
			// the name is all a new element of the other types needs
		}
		}
		return element;
	}

	/** Adds the element to the container's list that holds elements of its type. */
	static void addTo(EObject container, EObject element) {
		for (EReference containment : container.eClass().getEAllContainments()) {
			if (containment.isMany() && containment.getEReferenceType().isSuperTypeOf(element.eClass())) {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) container.eGet(containment);
				list.add(element);
				return;
			}
		}
		throw new IllegalArgumentException(container.eClass().getName() + " holds no " + element.eClass().getName());
	}

	/** Whether elements of the type live in the catalogue (named by package) rather than in a journey. */
	static boolean isCatalogue(EClass type) {
		return switch (type.getClassifierID()) {
		case JourneyPackage.PERSONA, JourneyPackage.CHANNEL, JourneyPackage.PARTY, JourneyPackage.TEAM, JourneyPackage.PERSON,
				JourneyPackage.TECHNOLOGY, JourneyPackage.PROCESS, JourneyPackage.EMOTION_SCALE -> true;
		default -> false;
		};
	}

	/** The element whose body takes a new journey element: the enclosing step or stage, else the journey. */
	static EObject containerFor(EClass type, EObject referrer) {
		Journey journey = JourneyQueries.journeyOf(referrer);
		if (journey == null) {
			return null;
		}
		return switch (type.getClassifierID()) {
		case JourneyPackage.TOUCHPOINT, JourneyPackage.PAIN_POINT -> JourneyQueries.stepOf(referrer);
		case JourneyPackage.STEP -> {
			Stage stage = JourneyQueries.stageOf(referrer);
			yield stage != null ? stage : journey.getStages().isEmpty() ? null : journey.getStages().get(journey.getStages().size() - 1);
		}
		default -> journey;
		};
	}

	/** The type to look for in the catalogue: a party is written as a team. */
	static EClass catalogueType(EClass type) {
		return type == JourneyPackage.Literals.PARTY ? JourneyPackage.Literals.TEAM : type;
	}

}
