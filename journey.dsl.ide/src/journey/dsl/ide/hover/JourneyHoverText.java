package journey.dsl.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Measurement;
import journey.dsl.model.Member;
import journey.dsl.model.Moment;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.StageGroup;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.Durations;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;
import journey.dsl.query.KpiTrends;
import journey.dsl.query.Ownership;
import journey.dsl.query.Timings;

/**
 * Writes the Markdown of a hover: title and description for every element, plus the numbers of a
 * KPI, the channel, emotion and internal support of a touchpoint, and the holdings of a party.
 */
public class JourneyHoverText {


	/** Holdings are listed from the company side outwards. */
	private static final List<String> HOLDINGS_ORDER = List.of("Process", "Activity", "Technology", "Touchpoint", "Solution", "Kpi");

	@Inject
	private ResourceDescriptionsProvider index;

	public String describe(NamedElement element) {
		StringBuilder text = new StringBuilder();
		text.append("**").append(JourneyQueries.label(element)).append("**");
		text.append(" (").append(kindOf(element)).append(" `").append(element.getName()).append("`)");
		if (element.getDescription() != null && !element.getDescription().isBlank()) {
			text.append("\n\n").append(element.getDescription());
		}
		if (element instanceof Kpi kpi) {
			appendKpi(kpi, text);
		}
		if (element instanceof Moment moment && moment.getEmotion() != null) {
			int emotion = moment.getEmotion();
			String label = EmotionScales.of(JourneyQueries.journeyOf(moment)).labels().get(emotion);
			text.append("\n\nEmotion: ").append(emotion > 0 ? "+" + emotion : emotion).append(label == null ? "" : " (" + label + ")");
		}
		if (element instanceof Moment moment && moment.getTiming() != null) {
			Timings.Days days = Timings.days(moment);
			text.append("\n\nWhen: ").append(Timings.text(moment.getTiming()));
			if (days != null && moment.getTiming().getDay() == null) {
				text.append(" (").append(days.text()).append(')');
			}
		}
		if (element instanceof Step step) {
			appendStep(step, text);
		}
		if (element instanceof Stage stage) {
			appendStage(stage, text);
		}
		if (element instanceof StageGroup group) {
			text.append("\n\nSpans: ").append(String.join(", ", group.getStages().stream().filter(s -> !s.eIsProxy()).map(JourneyQueries::label).toList()));
		}
		if (element instanceof Touchpoint touchpoint) {
			appendTouchpoint(touchpoint, text);
		}
		if (element instanceof Member member) {
			text.append("\n\n").append(BuyingGroups.describe(member));
			if (member.isSetBuyingRole()) {
				text.append(": ").append(BuyingGroups.meaning(member.getBuyingRole()));
			}
		} else if (element instanceof Party party) {
			appendHoldings(party, text);
		}
		return text.toString();
	}

	private void appendKpi(Kpi kpi, StringBuilder text) {
		KpiKinds.Info info = KpiKinds.of(kpi.getKind());
		text.append("\n\n").append(info.label());
		text.append("; ").append(KpiKinds.directionOf(kpi).getLiteral()).append(" is better");
		text.append("\n\nTarget: ").append(value(kpi, kpi.getTarget()));
		text.append(" · Actual: ").append(value(kpi, kpi.getActual()));
		text.append(" · Status: ").append(KpiKinds.status(kpi).word());
		List<Measurement> measurements = KpiTrends.measurementsByDate(kpi);
		text.append("\n\nTrend: ").append(KpiTrends.trendOf(kpi).label());
		if (measurements.size() >= 2) {
			Measurement previous = measurements.get(measurements.size() - 2);
			Measurement last = measurements.get(measurements.size() - 1);
			text.append(" (").append(value(kpi, previous.getValue())).append(" → ").append(value(kpi, last.getValue())).append(")");
		}
		String measured = KpiTrends.lastMeasured(kpi);
		if (!measured.isEmpty()) {
			text.append("\n\nLast measured: ").append(measured);
		}
	}

	private static void appendStep(Step step, StringBuilder text) {
		String role = CustomerRoles.of(step);
		if (role != null) {
			text.append("\n\nAs: ").append(role);
		}
		appendQuestions(step.getQuestions(), text);
	}

	private static void appendStage(Stage stage, StringBuilder text) {
		appendQuestions(stage.getQuestions(), text);
		List<String> times = Durations.ofStage(stage);
		if (!times.isEmpty()) {
			text.append("\n\nTakes: ").append(String.join(" · ", times));
		}
	}

	private static void appendQuestions(List<String> questions, StringBuilder text) {
		if (!questions.isEmpty()) {
			text.append("\n\nAsks:");
			questions.forEach(question -> text.append("\n- ").append(question));
		}
	}

	private void appendTouchpoint(Touchpoint touchpoint, StringBuilder text) {
		text.append("\n\nChannel: ");
		text.append(touchpoint.getChannel() == null || touchpoint.getChannel().eIsProxy() ? "none" : JourneyQueries.label(touchpoint.getChannel()));
		List<String> with = touchpoint.getDealsWith().stream().filter(party -> !party.eIsProxy()).map(BuyingGroups::describe).toList();
		if (!with.isEmpty()) {
			text.append("\n\nWith: ").append(String.join("; ", with));
		}
		if (touchpoint.getSupportedBy().isEmpty()) {
			text.append("\n\nSupported by: nothing inside");
			return;
		}
		text.append("\n\nSupported by:");
		for (Activity activity : touchpoint.getSupportedBy()) {
			if (activity.eIsProxy()) {
				continue;
			}
			Party owner = Ownership.ownerOf(activity);
			text.append("\n- ").append(JourneyQueries.label(activity));
			if (JourneyQueries.processOf(activity) != null) {
				text.append(" (`").append(JourneyQueries.processOf(activity).getName()).append('.').append(activity.getName()).append("`)");
			}
			text.append(" — owner ").append(owner == null ? "none" : JourneyQueries.label(owner));
		}
	}

	/**
	 * What the party answers for: the catalogue's elements first, then each journey's under its name,
	 * so that the same KPI in the current and the planned journey reads as two, not as one twice.
	 */
	private void appendHoldings(Party party, StringBuilder text) {
		List<NamedElement> owned = Ownership.ownedBy(party, modelsReferring(party));
		if (owned.isEmpty()) {
			text.append("\n\nOwns nothing yet.");
			return;
		}
		Map<Journey, List<NamedElement>> byJourney = new LinkedHashMap<>();
		for (NamedElement element : owned) {
			byJourney.computeIfAbsent(JourneyQueries.journeyOf(element), journey -> new ArrayList<>()).add(element);
		}
		if (byJourney.containsKey(null)) {
			appendHoldingsGroup("Owns:", byJourney.remove(null), text);
		}
		byJourney.forEach((journey, elements) -> appendHoldingsGroup(
				"Owns in journey " + JourneyQueries.label(journey) + ":", elements, text));
	}

	private static void appendHoldingsGroup(String heading, List<NamedElement> elements, StringBuilder text) {
		elements.sort(Comparator.comparingInt(element -> HOLDINGS_ORDER.indexOf(element.eClass().getName())));
		text.append("\n\n").append(heading);
		for (NamedElement element : elements) {
			text.append("\n- ").append(kindOf(element)).append(' ').append(JourneyQueries.label(element));
		}
	}

	/** The models of every file that refers to the party, found through the index, and its own file. */
	private List<EObject> modelsReferring(Party party) {
		Resource home = party.eResource();
		ResourceSet resourceSet = home.getResourceSet();
		IResourceDescriptions descriptions = index.getResourceDescriptions(resourceSet);
		Set<URI> uris = new LinkedHashSet<>();
		uris.add(home.getURI());
		URI target = EcoreUtil.getURI(party);
		for (IResourceDescription description : descriptions.getAllResourceDescriptions()) {
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (target.equals(reference.getTargetEObjectUri())) {
					uris.add(description.getURI());
					break;
				}
			}
		}
		return uris.stream().map(uri -> resourceSet.getResource(uri, true))
				.filter(resource -> resource != null && !resource.getContents().isEmpty())
				.map(resource -> resource.getContents().get(0)).toList();
	}

	private static String kindOf(EObject element) {
		if (element instanceof journey.dsl.model.Team team && team.getKind() != null) {
			return team.getKind().getLiteral();
		}
		return JourneyQueries.kindOf(element.eClass());
	}

	private static String value(Kpi kpi, BigDecimal value) {
		return value == null ? "none" : KpiKinds.valueText(kpi, value);
	}

}
